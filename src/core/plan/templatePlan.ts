import { emptySheetPlan } from "./types";
import type { OwnedSheetPlan, Plan, ValidationPlan } from "./types";
import type { TemplateDescriptor, TemplateField } from "./inputs";
import { legalSheetName, legalTableName } from "./sheetName";
import { DATE_FORMAT } from "./formats";

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const HEADER_ROW = 2;
/** Empty body rows the table starts with; Excel extends the table (and its rules) as rows are typed. */
export const TEMPLATE_BODY_ROWS = 20;
/** Excel refuses a list source longer than 255 characters. */
const LIST_SOURCE_MAX = 255;
/** Excel's limits on a data-validation alert: title 32 characters, message 224 (MS-OI29500). */
const ALERT_TITLE_MAX = 32;
const ALERT_MESSAGE_MAX = 224;

/** Words offered for a status column with no enum of its own: the canonical states, 已销号 apart. */
export const STATUS_CHOICES = ["未开始", "正在推进", "已完成", "已销号"];
const YES_NO = ["是", "否"];

const LONG_TEXT_ROLES = new Set(["problem", "cause", "measure", "evidence", "note"]);

/** A new sheet to fill in: title, a short 填表说明, the header as an Excel Table, dropdowns from
 * enums, date/number checks with Chinese alerts, formats, widths, frozen header. */
export function templatePlan(descriptor: TemplateDescriptor): Plan {
  const title = descriptor.title ?? descriptor.name ?? "台账";
  const fields = descriptor.fields;
  const width = Math.max(fields.length, 1);
  const sheet: OwnedSheetPlan = emptySheetPlan(
    `template:${descriptor.name ?? title}`,
    legalSheetName(title),
  );
  sheet.mode = "create";
  const notes: Plan["notes"] = [];

  sheet.blocks.push({ row: TITLE_ROW, column: 0, values: [[title]] });
  sheet.blocks.push({ row: NOTE_ROW, column: 0, values: [[instructions(fields)]] });
  sheet.blocks.push({ row: HEADER_ROW, column: 0, values: [fields.map(fieldTitle)] });
  sheet.styles.push(
    {
      area: { row: TITLE_ROW, column: 0, rowCount: 1, columnCount: width },
      merge: true,
      bold: true,
      fontSize: 16,
      horizontal: "Center",
    },
    {
      area: { row: NOTE_ROW, column: 0, rowCount: 1, columnCount: width },
      merge: true,
      wrap: true,
      fontSize: 9,
      fontColor: "#595959",
    },
    {
      area: { row: HEADER_ROW, column: 0, rowCount: 1, columnCount: width },
      bold: true,
      wrap: true,
    },
  );
  const body = (column: number) => ({
    row: HEADER_ROW + 1,
    column,
    rowCount: TEMPLATE_BODY_ROWS,
    columnCount: 1,
  });
  fields.forEach((field, column) => {
    const format = fieldFormat(field);
    if (format) sheet.styles.push({ area: body(column), numberFormat: format });
    sheet.widths.push({ column, points: fieldWidth(field) });
    const validation = fieldValidation(field, body(column));
    if (validation === "tooLong") {
      notes.push({
        key: "listTooLong",
        zh: `“${fieldTitle(field)}”的可选值过多，未设置下拉列表。`,
        en: `"${fieldTitle(field)}" has too many allowed values for a dropdown; none was set.`,
      });
    } else if (validation === "comma") {
      notes.push({
        key: "listComma",
        zh: `“${fieldTitle(field)}”的可选值中含有英文逗号，Excel 会把它拆成两项，未设置下拉列表。`,
        en: `An allowed value of "${fieldTitle(field)}" contains a comma, which Excel would split in two; no dropdown was set.`,
      });
    } else if (validation) sheet.validations.push(validation);
  });
  sheet.tables.push({
    name: legalTableName(`${title}_表`),
    area: { row: HEADER_ROW, column: 0, rowCount: TEMPLATE_BODY_ROWS + 1, columnCount: width },
    style: "TableStyleLight9",
  });
  sheet.freeze = { rows: HEADER_ROW + 1, columns: 0 };
  return { sheets: [sheet], columns: [], notes };
}

function roleOf(field: TemplateField): string | undefined {
  return field.taizhang?.role;
}

function fieldTitle(field: TemplateField): string {
  return field.title ?? field.name;
}

function isDate(field: TemplateField): boolean {
  return field.type === "date" || field.type === "datetime";
}

function isNumber(field: TemplateField): boolean {
  return field.type === "number" || field.type === "integer";
}

function fieldFormat(field: TemplateField): string | null {
  if (isDate(field)) return DATE_FORMAT;
  if (field.type === "integer") return "0";
  if (field.type === "number") return roleOf(field) === "amount" ? "0.00" : "General";
  // Text columns stay text: "001" keeps its zeros and "=..." is never a formula.
  return "@";
}

function fieldWidth(field: TemplateField): number {
  if (LONG_TEXT_ROLES.has(roleOf(field) ?? "")) return 220;
  if (isDate(field)) return 90;
  const chars = [...fieldTitle(field)].length;
  return Math.min(160, Math.max(60, chars * 14 + 16));
}

function fieldValidation(
  field: TemplateField,
  area: ValidationPlan["area"],
): ValidationPlan | "tooLong" | "comma" | null {
  const title = fieldTitle(field);
  const c = field.constraints ?? {};
  const choices =
    c.enum && c.enum.length > 0
      ? c.enum.map((v) => (typeof v === "boolean" ? (v ? "是" : "否") : String(v)))
      : roleOf(field) === "status"
        ? STATUS_CHOICES
        : field.type === "boolean"
          ? YES_NO
          : undefined;
  if (choices) {
    const values = choices;
    // A list given as text is split at every comma: an item with one would become two.
    if (values.some((v) => v.includes(","))) return "comma";
    if (values.join(",").length > LIST_SOURCE_MAX) return "tooLong";
    return alert({
      area,
      rule: { kind: "list", values },
      errorTitle: "输入值无效",
      errorMessage: `“${title}”请从下拉列表中选择：${values.join("、")}`,
    });
  }
  if (isDate(field)) {
    return alert({
      area,
      rule: {
        kind: "date",
        min: asDate(c.minimum) ?? "2000-01-01",
        max: asDate(c.maximum) ?? "2099-12-31",
      },
      errorTitle: "日期无效",
      errorMessage: `“${title}”请填写日期，如 2021-07-01。`,
    });
  }
  if (isNumber(field)) {
    const min = typeof c.minimum === "number" ? c.minimum : 0;
    const max = typeof c.maximum === "number" ? c.maximum : undefined;
    const integer = field.type === "integer";
    return alert({
      area,
      rule: { kind: "number", integer, min, ...(max === undefined ? {} : { max }) },
      errorTitle: "数值无效",
      errorMessage: `“${title}”请填写${integer ? "整数" : "数字"}${max === undefined ? `（不小于${min}）` : `（${min}～${max}）`}，不要带单位。`,
    });
  }
  return null;
}

/** The alert's texts within Excel's limits (a long list of choices is cut with an ellipsis). */
function alert(plan: ValidationPlan): ValidationPlan {
  return {
    ...plan,
    errorTitle: clip(plan.errorTitle, ALERT_TITLE_MAX),
    errorMessage: clip(plan.errorMessage, ALERT_MESSAGE_MAX),
  };
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function asDate(value: number | string | undefined): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function instructions(fields: readonly TemplateField[]): string {
  const required = fields.filter((f) => f.constraints?.required).map(fieldTitle);
  const parts = [
    "填表说明：1. 每行填写一条记录，请勿合并单元格、插入合计行；",
    "2. 带下拉箭头的列请从列表中选择；",
    "3. 日期填写为 2021-07-01 格式，金额单位为万元，只填数字；",
    required.length > 0 ? `4. 必填：${required.join("、")}；` : "",
    "请勿修改表头。",
  ];
  return parts.join("");
}
