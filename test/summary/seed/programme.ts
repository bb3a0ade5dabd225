// Jiangsu's 10 pairings (六个一 as 是/否/√ columns) and their staff exchanges (the "1+2" model),
// and Sichuan's quarterly performance ledger (阿坝县 公开听证 零突破; 甘洛县 2nd in 凉山州).
import type { SheetInput } from "../../../src/core/model/cell";
import { SheetBuilder } from "./sheet";

export const PAIRS: Array<[string, string]> = [
  ["如皋市院", "响水县院"],
  ["昆山市院", "丰县院"],
  ["南京市鼓楼区院", "淮安市淮阴区院"],
  ["苏州市姑苏区院", "泰州市姜堰区院"],
  ["无锡市梁溪区院", "镇江市润州区院"],
  ["常州市武进区院", "灌南县院"],
  ["南通市崇川区院", "泗洪县院"],
  ["扬州市邗江区院", "睢宁县院"],
  ["徐州市鼓楼区院", "滨海县院"],
  ["张家港市院", "宝应县院"],
];

/** Pair i has the first `SIX_ONES_DONE[i]` of its six items done. */
export const SIX_ONES_DONE = [6, 6, 6, 5, 6, 4, 6, 3, 6, 2];
const YES = ["是", "√", "已完成"];
const NO = ["否", "", "未完成"];

export function jiangsuPairings(): SheetInput {
  const builder = new SheetBuilder("结对共建", 10, "江苏结对.xlsx").title(
    "江苏省先进院与薄弱院结对共建“六个一”推进情况",
  );
  builder.row([
    "先进院",
    "薄弱院",
    "签约日期",
    "共建内容",
    "专题调研",
    "帮扶方案",
    "突出问题",
    "交流平台",
    "规范制度",
    "特色亮点",
  ]);
  PAIRS.forEach(([advanced, weak], i) => {
    const done = SIX_ONES_DONE[i] ?? 0;
    builder.row([
      advanced,
      weak,
      "2021年3月1日",
      "业务共建、人才互派",
      ...Array.from(
        { length: 6 },
        (_, k) => (k < done ? (YES[(i + k) % 3] ?? "是") : (NO[(i + k) % 3] ?? "否")) || null,
      ),
    ]);
  });
  return builder.build();
}

/** Pairs 0–6 meet 1+2; pair 7 lacks a backbone, pair 8 has one young only, pair 9 sends backwards. */
export function jiangsuExchanges(): SheetInput {
  const builder = new SheetBuilder("人员交流", 8, "江苏交流.xlsx").title("结对院人员交流台账");
  builder.row([
    "姓名",
    "派出单位",
    "接收单位",
    "方式",
    "开始日期",
    "结束日期",
    "业务骨干",
    "年轻干警",
  ]);
  let n = 0;
  const person = () => `干警${++n}`;
  PAIRS.forEach(([advanced, weak], i) => {
    if (i !== 7)
      builder.row([
        person(),
        i === 9 ? weak : advanced,
        i === 9 ? advanced : weak,
        "挂职指导",
        "2021.4.1",
        "2021.9.30",
        "是",
        "否",
      ]);
    const young = i === 8 ? 1 : 2;
    for (let k = 0; k < young; k++)
      builder.row([person(), weak, advanced, "跟班学习", "2021.4.1", "2021.6.30", "否", "是"]);
  });
  return builder.build();
}

export function sichuanPerformance(): SheetInput {
  const builder = new SheetBuilder("绩效考评", 6, "四川绩效.xlsx").title(
    "2021年基层院绩效考评情况",
  );
  builder.row(["院", "市州", "期间", "指标", "数值", "方向"]);
  const rows: Array<[string, string, string, string, number, string]> = [
    ["阿坝县院", "阿坝州", "2020年第四季度", "公开听证", 0, "越高越好"],
    ["阿坝县院", "阿坝州", "2021年第一季度", "公开听证", 0, "越高越好"],
    ["阿坝县院", "阿坝州", "2021年第二季度", "公开听证", 2, "越高越好"],
    ["甘洛县院", "凉山州", "2021年第一季度", "绩效得分", 80.5, "越高越好"],
    ["西昌市院", "凉山州", "2021年第一季度", "绩效得分", 90, "越高越好"],
    ["会理市院", "凉山州", "2021年第一季度", "绩效得分", 82, "越高越好"],
    ["甘洛县院", "凉山州", "2021年第二季度", "绩效得分", 88, "越高越好"],
    ["西昌市院", "凉山州", "2021年第二季度", "绩效得分", 91, "越高越好"],
    ["会理市院", "凉山州", "2021年第二季度", "绩效得分", 85, "越高越好"],
    ["德格县院", "甘孜州", "2021年第一季度", "案-件比", 1.9, "越低越好"],
    ["德格县院", "甘孜州", "2021年第二季度", "案-件比", 1.5, "越低越好"],
  ];
  for (const row of rows) builder.row(row);
  return builder.build();
}
