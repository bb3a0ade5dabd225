// The words a status cell is read by, as data: the reader (status.ts) builds its tests from these
// lists, and the live flag column's formula (core/plan/statusFormula.ts) carries the same lists,
// so a colleague who types 已办结 or 协调解决中 later sees the flag the summary would count.
// Each list holds prefixes of the status's leading phrase (the text before the first bracket or
// punctuation mark, spaces removed, half-width, lower case).

/** Not started (checked before done: 未完成 holds 完成). "x" alone also means not done. */
export const NOT_STARTED_PREFIXES = [
  "未完成",
  "未启动",
  "未开始",
  "未办理",
  "未落实",
  "未整改",
  "尚未",
  "没有",
  "未",
  "否",
  "待启动",
  "待办",
  "暂未",
  // Overdue and not finished (逾期未完成, 超期未整改): checked before 逾期完成 below.
  "逾期未",
  "超期未",
  "×",
  "✗",
  "✘",
] as const;
export const NOT_STARTED_EXACT = ["x"] as const;

/** 销号 in any of its forms: 已验收销号, 均已销号, 审核后销账. */
export const CLOSED_PREFIXES: readonly string[] = (() => {
  const out: string[] = [];
  for (const a of ["", "已", "已经", "均已", "全部"])
    for (const b of ["", "验收", "审核"])
      for (const c of ["", "并", "后"]) for (const d of ["销号", "销账"]) out.push(a + b + c + d);
  return out;
})();

export const IN_PROGRESS_PREFIXES = [
  "正在推进",
  "推进中",
  "进行中",
  "办理中",
  "正在办理",
  "正在",
  "整改中",
  "落实中",
  "实施中",
  "持续推进",
  "持续整改",
  "持续",
  "部分完成",
  "基本完成",
  "已基本完成",
  "基本整改",
  "完成一半",
  "已完成一半",
  "初步完成",
  "阶段性完成",
  "帮扶中",
  "在办",
  "推进",
  "已启动",
  "启动",
  "已开始",
  "开始",
  "按序时推进",
  "按序时",
  "序时推进",
  "按计划推进",
  "按进度推进",
  "按期推进",
  "常态化",
  "长期坚持",
  "长期",
  "逐步推进",
  "有序推进",
  "稳步推进",
  "跟踪",
  "已部署",
  "部署",
] as const;

export const DONE_PREFIXES = [
  "已完成",
  "完成",
  "已办结",
  "办结",
  "已整改",
  "整改完成",
  "整改完毕",
  "已整改完毕",
  "完毕",
  "已落实",
  "落实",
  "已答复",
  "答复",
  "已协调解决",
  "协调解决",
  "已解决",
  "解决",
  "已脱薄",
  "已办理",
  "是",
  "全部完成",
  "均已完成",
  // When it was finished does not change that it was (超期完成 is done late, still done).
  "按期完成",
  "如期完成",
  "提前完成",
  "超期完成",
  "逾期完成",
  "已全部完成",
  "已全部整改",
  "立行立改",
  "已立行立改",
  "已到位",
  "到位",
  "已验收",
  "待销号",
  "待验收",
  "√",
  "✓",
  "✔",
  "☑",
] as const;

/** Where the leading phrase ends: the first bracket or punctuation mark (after half-width). */
export const LEAD_END_MARKS = ["(", ",", ";", "。", ":", "、", "[", "【"] as const;
