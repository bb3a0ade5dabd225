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
    zh: "第{row}行（{key}）与第{other}行重复，同一事项只应填写一行",
    en: "Row {row}: primary key ({key}) repeats row {other}",
  },
  "foreign-key": {
    zh: "{column}{row}“{field}”的值“{cell}”在{referenceZh}中不存在",
    en: '{column}{row} "{field}": "{cell}" is not in {reference}',
  },
  "done-before-start": {
    zh: "第{row}行完成时间“{cell}”{readAsZh}早于开始时间{otherZh}",
    en: "Row {row}: done date {cell} is before the start {other}",
  },
  "deadline-before-start": {
    zh: "第{row}行完成时限“{cell}”{readAsZh}早于开始时间{otherZh}",
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

/**
 * What the 校验 list and the 台账问题清单 say about an error, in a clerk's words. The position
 * is said once, before the text (第4行“完成时限”), so the text never repeats it; the column is
 * named as the ledger heads it. Placeholders: {label} (the column's heading), {cell}, {expected}
 * and {example} (what to type instead), {otherLabel} (the heading of the other column a rule
 * reads), {other} (the other value or row), {reference} (the ledger a name must be in),
 * {constraint}, {key}. Keys are error types, or "type:variant" where one type says more than one
 * thing (a required cell left empty).
 */
export const ISSUE_TEXTS: Readonly<Record<string, { zh: string; en: string }>> = {
  "blank-label": {
    zh: "表头为空，请填写栏目名称。",
    en: "The header is blank; give the column a name.",
  },
  "duplicate-label": {
    zh: "表头“{cell}”与前面的栏目重名，请改为不同的名称。",
    en: "The header “{cell}” repeats an earlier column; give it another name.",
  },
  "missing-label": {
    zh: "缺少“{label}”一栏，请在表头中添加。",
    en: "The “{label}” column is missing; add it to the header.",
  },
  "extra-label": {
    zh: "“{cell}”不是该台账的栏目，台账助手不读取此栏。",
    en: "“{cell}” is not one of this ledger’s columns; Taizhang does not read it.",
  },
  "blank-row": { zh: "整行为空。", en: "The row is blank." },
  "missing-cell": { zh: "缺少“{label}”。", en: "No “{label}” cell." },
  "extra-cell": {
    zh: "表头以外多出内容“{cell}”。",
    en: "Extra content “{cell}” beyond the header.",
  },
  "type-error": {
    zh: "“{cell}”无法识别为{expected}，请填写如 {example}。",
    en: "“{cell}” is not a {expected}; type e.g. {example}.",
  },
  "constraint-error": {
    zh: "“{cell}”不符合要求（{constraint}）。",
    en: "“{cell}” breaks a rule ({constraint}).",
  },
  "constraint-error:required": {
    zh: "未填写，此栏必填。",
    en: "Empty; this column must be filled in.",
  },
  "constraint-error:enum": {
    zh: "“{cell}”不是规定的选项，请从下拉列表中选择。",
    en: "“{cell}” is not one of the allowed choices; pick one from the list.",
  },
  "unique-error": { zh: "“{cell}”与第{other}行重复。", en: "“{cell}” repeats row {other}." },
  "primary-key": {
    zh: "编号（{key}）与第{other}行重复。",
    en: "The key ({key}) repeats row {other}.",
  },
  "foreign-key": {
    zh: "“{cell}”不在{reference}中，请核对名称。",
    en: "“{cell}” is not in the {reference}; check the name.",
  },
  "done-before-start": {
    zh: "“{cell}”早于“{otherLabel}”（{other}），请核对日期。",
    en: "“{cell}” is before “{otherLabel}” ({other}); check the dates.",
  },
  "deadline-before-start": {
    zh: "“{cell}”早于“{otherLabel}”（{other}），请核对日期。",
    en: "“{cell}” is before “{otherLabel}” ({other}); check the dates.",
  },
  "done-without-date": {
    zh: "“{otherLabel}”为“{cell}”，请填写“{label}”。",
    en: "“{otherLabel}” says “{cell}”; fill in “{label}”.",
  },
  "date-without-done": {
    zh: "已填写“{otherLabel}”，但状态为“{cell}”，请核对。",
    en: "The “{otherLabel}” is filled in but the status is “{cell}”; check which is right.",
  },
  "closed-before-done": {
    zh: "已销号，但状态为“{cell}”，应先完成再销号。",
    en: "Closed, but the status is “{cell}”; close an item only once it is done.",
  },
  "count-exceeds-total": {
    zh: "瑕疵与不合格件数合计{cell}件，超过“{label}”{other}件。",
    en: "Flawed plus unqualified ({cell}) exceed the “{label}” ({other}).",
  },
};

/** What to type instead of a value that could not be read, by the type the column expects. */
export const TYPE_EXAMPLES: Readonly<Record<string, { zh: string; en: string }>> = {
  date: { zh: "2021年3月31日", en: "2021-03-31" },
  number: { zh: "12 或 18.5", en: "12 or 18.5" },
  integer: { zh: "12", en: "12" },
  boolean: { zh: "是 或 否", en: "是 (yes) or 否 (no)" },
  status: { zh: "已完成、正在推进、未完成 或 已销号", en: "已完成, 正在推进, 未完成 or 已销号" },
  period: { zh: "2021年第二季度", en: "2021-Q2" },
  string: { zh: "文字", en: "text" },
};

/** Short names of expected types for ISSUE_TEXTS (the long ones above list the choices). */
export const TYPE_SHORT_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  date: { zh: "日期", en: "date" },
  number: { zh: "数值", en: "number" },
  integer: { zh: "整数", en: "whole number" },
  boolean: { zh: "是/否", en: "yes/no" },
  status: { zh: "进展状态", en: "progress status" },
  period: { zh: "考评期间", en: "period" },
  string: { zh: "文字", en: "text" },
};

/** Where an error is, said once before its text. */
export const ISSUE_PLACES: Readonly<Record<string, { zh: string; en: string }>> = {
  cell: { zh: "第{row}行“{label}”", en: "Row {row}, “{label}”" },
  row: { zh: "第{row}行", en: "Row {row}" },
  headerColumn: { zh: "表头{column}列", en: "Header, column {column}" },
  header: { zh: "表头", en: "Header" },
};
