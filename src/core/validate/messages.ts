import type { ErrorType } from "./errorTypes";

/**
 * Every user-facing error text, one entry per type. Placeholders: {field} (title or name), {cell},
 * {row}, {column} (letter) and any key of the error's details ({constraint}, {value}, {other}…).
 */
export const ERROR_MESSAGES: Readonly<Record<ErrorType, { zh: string; en: string }>> = {
  "blank-label": { zh: "第{column}列表头为空", en: "Column {column} has a blank header" },
  "duplicate-label": {
    zh: "第{column}列表头“{cell}”与前面的列重复",
    en: 'Header "{cell}" in column {column} repeats an earlier column',
  },
  "missing-label": { zh: "缺少必填列“{field}”", en: 'Required column "{field}" is missing' },
  "extra-label": {
    zh: "第{column}列“{cell}”不属于该台账",
    en: 'Column {column} "{cell}" is not part of this ledger',
  },
  "blank-row": { zh: "第{row}行为空行", en: "Row {row} is blank" },
  "missing-cell": { zh: "第{row}行缺少“{field}”单元格", en: 'Row {row} has no cell for "{field}"' },
  "extra-cell": {
    zh: "第{row}行第{column}列多出单元格“{cell}”",
    en: 'Row {row} has an extra cell "{cell}" in column {column}',
  },
  "type-error": {
    zh: "{column}{row}“{field}”无法识别为{expected}：“{cell}”",
    en: '{column}{row} "{field}": "{cell}" is not a valid {expectedEn}',
  },
  "constraint-error": {
    zh: "{column}{row}“{field}”不符合要求（{constraintZh}）：“{cell}”",
    en: '{column}{row} "{field}" breaks a constraint ({constraint}): "{cell}"',
  },
  "unique-error": {
    zh: "{column}{row}“{field}”的值“{cell}”与第{other}行重复",
    en: '{column}{row} "{field}": "{cell}" repeats row {other}',
  },
  "primary-key": {
    zh: "第{row}行主键（{key}）与第{other}行重复",
    en: "Row {row}: primary key ({key}) repeats row {other}",
  },
  "foreign-key": {
    zh: "{column}{row}“{field}”的值“{cell}”在{referenceZh}中不存在",
    en: '{column}{row} "{field}": "{cell}" is not in {reference}',
  },
  "done-before-start": {
    zh: "第{row}行完成时间“{cell}”早于开始时间{other}",
    en: "Row {row}: done date {cell} is before the start {other}",
  },
  "deadline-before-start": {
    zh: "第{row}行完成时限“{cell}”早于开始时间{other}",
    en: "Row {row}: deadline {cell} is before the start {other}",
  },
  "done-without-date": {
    zh: "第{row}行状态为“{cell}”，但未填写完成时间",
    en: 'Row {row} is "{cell}" but has no done date',
  },
  "date-without-done": {
    zh: "第{row}行已填写完成时间，但状态为“{cell}”",
    en: 'Row {row} has a done date but its status is "{cell}"',
  },
  "closed-before-done": {
    zh: "第{row}行已销号，但状态为“{cell}”（应先完成再销号）",
    en: 'Row {row} is closed but its status is "{cell}" (close only what is done)',
  },
  "count-exceeds-total": {
    zh: "第{row}行瑕疵与不合格件数之和{cell}超过评查件数{other}",
    en: "Row {row}: flawed plus unqualified ({cell}) exceed the cases reviewed ({other})",
  },
};

/** Names of expected types in messages, zh and en. */
export const TYPE_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  date: { zh: "日期", en: "date" },
  number: { zh: "数值", en: "number" },
  integer: { zh: "整数", en: "whole number" },
  boolean: { zh: "是/否", en: "yes/no" },
  status: { zh: "进展状态（已完成/正在推进/未完成/已销号）", en: "progress status" },
  period: {
    zh: "考评期间（如2021年第二季度、2021年6月、2021年上半年、2021年度）",
    en: "period (e.g. 2021-Q2, 2021-06, 2021-H1, 2021)",
  },
  string: { zh: "文本", en: "text" },
};

/** Names of constraints in messages. */
export const CONSTRAINT_NAMES: Readonly<Record<string, string>> = {
  required: "必填",
  enum: "须为规定选项之一",
  minimum: "不小于{limit}",
  maximum: "不大于{limit}",
  pattern: "格式不符",
  minLength: "长度不少于{limit}",
  maxLength: "长度不超过{limit}",
};

export const RESOURCE_NAMES: Readonly<Record<string, string>> = {
  office: "薄弱院名册",
  problem: "问题整改台账",
};
