// The other seed figures as messy sheets: Fujian's difficulty reports (受理18件, 已答复或协调解决
// 13件), Qinghai's case-quality review (评查4141件, 瑕疵及不合格108件, 2.61%), 阿坝县's problems
// (队伍6项, 业务15项) and Sichuan's funding (18万元 + 22万元).
import type { SheetInput } from "../../../src/core/model/cell";
import { SheetBuilder, excelSerial, messyDate } from "./sheet";

export function fujianPetitions(): SheetInput {
  const builder = new SheetBuilder("困难问题反映", 7, "福建困难问题.xlsx").title(
    "福建省基层检察院困难问题反映台账",
  );
  builder.row(["编号", "反映院", "受理日期", "问题内容", "承办处室", "办理状态", "答复日期"]);
  const offices = ["台江区院", "政和县检察院", "长汀县院", "霞浦县人民检察院"];
  const statuses = [
    ...Array<string>(8).fill("已答复"),
    ...Array<string>(5).fill("已协调解决"),
    "办理中",
    "正在办理",
    "办理中（已转职能处室）",
    "未办理",
    "未办理",
  ];
  statuses.forEach((status, i) => {
    const done = i < 13;
    builder.row([
      `FJ-${String(i + 1).padStart(2, "0")}`,
      offices[i % offices.length] ?? null,
      messyDate("2021-03-01", i),
      `反映问题${i + 1}`,
      i % 2 === 0 ? "政治部" : "计财装备处",
      status,
      done ? messyDate("2021-05-01", i) : null,
    ]);
  });
  return builder.build();
}

export const QINGHAI_REVIEWED = [612, 498, 533, 701, 455, 389, 520, 433];
export const QINGHAI_FLAWED = [12, 10, 9, 15, 8, 7, 11, 9];
export const QINGHAI_UNQUALIFIED = [4, 3, 2, 5, 3, 2, 4, 4];

export function qinghaiReview(): SheetInput {
  const builder = new SheetBuilder("案件评查", 5, "青海评查.csv").title(
    "政法队伍教育整顿重点案件交叉评查情况",
  );
  builder.row(["批次", "院", "评查件数", "瑕疵件数", "不合格件数"]);
  const offices = [
    "玛多县院",
    "曲麻莱县院",
    "河南县院",
    "久治县院",
    "称多县院",
    "治多县院",
    "杂多县院",
    "囊谦县院",
  ];
  offices.forEach((office, i) => {
    const reviewed = QINGHAI_REVIEWED[i] ?? 0;
    builder.row([
      "2021年第一批",
      office,
      i % 3 === 0
        ? `${reviewed}件`
        : i % 3 === 1
          ? String(reviewed).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
          : reviewed,
      QINGHAI_FLAWED[i] ?? 0,
      QINGHAI_UNQUALIFIED[i] ?? 0,
    ]);
  });
  builder.row(["合计", null, QINGHAI_REVIEWED.reduce((a, b) => a + b, 0), 81, 27]);
  return builder.build();
}

/** 阿坝县: 队伍 problems 6, 业务 problems 15; one or two measures each, problem cells merged. */
export function abaProblems(): SheetInput {
  const builder = new SheetBuilder("阿坝县院问题清单", 9, "阿坝县.xlsx").title(
    "阿坝县人民检察院问题整改台账（挂图作战）",
  );
  builder.row([
    "序号",
    "单位",
    "问题类型",
    "存在问题",
    "原因分析",
    "整改措施",
    "责任部门",
    "完成时限",
    "推进情况",
  ]);
  const problems = [...Array<string>(6).fill("队伍"), ...Array<string>(15).fill("业务")];
  problems.forEach((category, i) => {
    const measures = i % 3 === 0 ? 2 : 1;
    builder.mergeDown([0, 1, 2, 3, 4], measures);
    for (let m = 0; m < measures; m++) {
      const first = m === 0;
      builder.row([
        first ? i + 1 : null,
        first ? "阿坝县院" : null,
        first ? `${category}方面`.replace("方面", i % 2 === 0 ? "方面" : "") : null,
        first ? `${category}问题${i + 1}` : null,
        first ? "原因：力量薄弱" : null,
        `措施${i + 1}-${m + 1}`,
        "政治部",
        excelSerial("2021-09-30"),
        ["已完成", "正在推进", "未完成"][(i + m) % 3] ?? null,
      ]);
    }
  });
  return builder.build();
}

export function sichuanFunding(): SheetInput {
  const builder = new SheetBuilder("经费援助", 5, "四川经费.xlsx").title("经费援助台账");
  builder.row(["援助单位", "受援院", "金额", "拨付日期", "用途"]);
  builder.row(["成都市锦江区院", "炉霍县院", "10万元", "2021年5月10日", "办公设备"]);
  builder.row(["成都市武侯区院", "德格县院", "80,000元", "2021.5.12", "信息化建设"]);
  builder.row(["德阳市院", "甘洛县院", "12万元", "2021/06/01", "两房建设"]);
  builder.row(["成都铁路运输分院", "甘洛县院", "10万元", "2021-06-08", "培训"]);
  return builder.build();
}
