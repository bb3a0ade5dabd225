import type { ErrorType } from "./errorTypes";
import type { Lang } from "../model/lang";

/** Short names of the validator's error types, for the 校验 counts. */
export const ERROR_TYPE_NAMES: Record<ErrorType, Record<Lang, string>> = {
  "blank-label": { zh: "表头为空", en: "Blank header" },
  "duplicate-label": { zh: "表头重复", en: "Duplicate header" },
  "missing-label": { zh: "缺少必填列", en: "Missing column" },
  "extra-label": { zh: "多余表头", en: "Extra header" },
  "blank-row": { zh: "空行", en: "Blank row" },
  "missing-cell": { zh: "缺少单元格", en: "Missing cell" },
  "extra-cell": { zh: "多余单元格", en: "Extra cell" },
  "type-error": { zh: "格式错误", en: "Wrong format" },
  "constraint-error": { zh: "不符合填写要求", en: "Breaks a rule" },
  "unique-error": { zh: "重复值", en: "Duplicate value" },
  "primary-key": { zh: "编号重复", en: "Duplicate key" },
  "foreign-key": { zh: "引用不存在", en: "Unknown reference" },
  "done-before-start": { zh: "完成早于开始", en: "Done before start" },
  "deadline-before-start": { zh: "时限早于开始", en: "Deadline before start" },
  "done-without-date": { zh: "已完成未填完成时间", en: "Done without date" },
  "date-without-done": { zh: "未开始却有完成时间", en: "Date but not done" },
  "closed-before-done": { zh: "未完成先销号", en: "Closed before done" },
  "count-exceeds-total": { zh: "件数超过评查总数", en: "Count over total" },
};
