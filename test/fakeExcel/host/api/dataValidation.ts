/**
 * range.dataValidation (ExcelApi 1.8): one rule kind per range (list, wholeNumber, decimal,
 * date, time, textLength, custom), an error alert and an input prompt. Reading a range whose
 * cells carry different rules gives type "Inconsistent", as Excel does.
 */
import { intersect, containsRect } from "../address";
import { hostError } from "../errors";
import type { HostContext, ObjectType } from "../hostObject";
import type { ValidationSettings } from "../model/validation";
import { defaultValidation } from "../model/validation";
import { objectArg } from "./args";
import type { RangeState } from "./rangeCells";

const KINDS: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];

function current(s: RangeState): ValidationSettings | "Inconsistent" {
  const hits = s.sheet.validations.filter((v) => intersect(v.rect, s.rect));
  if (hits.length === 0) return defaultValidation();
  const last = hits[hits.length - 1];
  if (last && containsRect(last.rect, s.rect)) return last.settings;
  return "Inconsistent";
}

function update(
  s: RangeState,
  ctx: HostContext,
  what: string,
  change: (v: ValidationSettings) => void,
) {
  ctx.workbook.assertWritable(s.sheet, what);
  const now = current(s);
  const base = now === "Inconsistent" ? defaultValidation() : structuredClone(now);
  change(base);
  s.sheet.validations = s.sheet.validations.filter((v) => !containsRect(s.rect, v.rect));
  s.sheet.validations.push({ rect: { ...s.rect }, settings: base });
}

function checkRule(rule: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1)
    throw hostError(
      "InvalidArgument",
      `dataValidation.rule needs exactly one of ${Object.keys(KINDS).join(", ")}; got ${keys.join(", ") || "none"}`,
    );
  const kind = keys[0] as string;
  if (!(kind in KINDS))
    throw hostError("InvalidArgument", `dataValidation.rule.${kind} is not a rule kind`);
  const body = objectArg(rule[kind], kind, "dataValidation.rule");
  if (kind === "list") {
    if (typeof body["source"] !== "string" || body["source"] === "")
      throw hostError(
        "InvalidArgument",
        "dataValidation.rule.list.source must be a non-empty string",
      );
    if ((body["source"] as string).length > 255)
      throw hostError(
        "InvalidArgument",
        "dataValidation.rule.list.source is longer than 255 characters",
      );
  } else if (kind === "custom") {
    if (typeof body["formula"] !== "string")
      throw hostError("InvalidArgument", "dataValidation.rule.custom.formula must be a string");
  } else {
    if (kind === "date" || kind === "time") checkDateTimeOperands(kind, body);
    if (!OPERATORS.includes(String(body["operator"])))
      throw hostError(
        "InvalidArgument",
        `dataValidation.rule.${kind}.operator must be one of ${OPERATORS.join(", ")}`,
      );
    if (body["formula1"] === undefined || body["formula1"] === "")
      throw hostError("InvalidArgument", `dataValidation.rule.${kind}.formula1 is required`);
    const needsTwo = body["operator"] === "Between" || body["operator"] === "NotBetween";
    if (needsTwo && (body["formula2"] === undefined || body["formula2"] === "")) {
      throw hostError(
        "InvalidArgument",
        `dataValidation.rule.${kind}.formula2 is required for ${String(body["operator"])}`,
      );
    }
  }
  return { [kind]: body };
}

/**
 * Date and time rules take an ISO 8601 date/time string or a formula, never a number: "you
 * cannot use a number in the formula properties, but you can enter a ISO 8601 datetime string
 * (or an Excel formula)" (office-js-docs-pr, docs/excel/excel-add-ins-data-validation.md). A
 * serial such as 36526 or "36526" is refused with InvalidArgument; so is a local date text such
 * as "2024/3/5" or "2024年3月5日" (not ISO; the strict reading of the same sentence).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2}T)?\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function checkDateTimeOperands(kind: "date" | "time", body: Record<string, unknown>): void {
  for (const key of ["formula1", "formula2"] as const) {
    const operand = body[key];
    if (operand === undefined || operand === null || operand === "") continue;
    const ok =
      typeof operand === "string" &&
      (operand.startsWith("=") || (kind === "date" ? ISO_DATE : ISO_TIME).test(operand));
    if (!ok) {
      throw hostError(
        "InvalidArgument",
        `dataValidation.rule.${kind}.${key} must be an ISO 8601 ${kind} string or a formula, got ${JSON.stringify(operand)}`,
      );
    }
  }
}

/**
 * Text limits of the error alert and the input prompt, from [MS-OI29500] 2.1.613 (how Excel
 * reads dataValidation): the error message at most 224 characters, the prompt message at most
 * 255, both titles at most 32. (Excel's dialog is often quoted as taking 225 for the error
 * message; the fake keeps the stricter documented 224.)
 */
export const VALIDATION_TEXT_LIMITS = {
  errorMessage: 224,
  errorTitle: 32,
  promptMessage: 255,
  promptTitle: 32,
} as const;

function checkLength(value: unknown, limit: number, what: string): void {
  if (typeof value === "string" && [...value].length > limit)
    throw hostError("InvalidArgument", `${what} is longer than ${limit} characters`);
}

export const DataValidationType: ObjectType<RangeState> = {
  name: "DataValidation",
  properties: {
    type: {
      since: "1.8",
      get: (s) => {
        const v = current(s);
        if (v === "Inconsistent") return "Inconsistent";
        const kind = Object.keys(v.rule)[0];
        return kind ? (KINDS[kind] ?? "None") : "None";
      },
    },
    rule: {
      since: "1.8",
      get: (s) => {
        const v = current(s);
        return v === "Inconsistent" ? null : v.rule;
      },
      set: (s, value, ctx) => {
        const rule = checkRule(objectArg(value, "rule", "dataValidation.rule"));
        update(s, ctx, "dataValidation.rule", (v) => (v.rule = rule));
      },
    },
    errorAlert: {
      since: "1.8",
      get: (s) => {
        const v = current(s);
        return v === "Inconsistent" ? null : v.errorAlert;
      },
      set: (s, value, ctx) => {
        const alert = objectArg(value, "errorAlert", "dataValidation.errorAlert");
        if (alert["style"] !== undefined && !ALERT_STYLES.includes(String(alert["style"]))) {
          throw hostError(
            "InvalidArgument",
            `dataValidation.errorAlert.style must be one of ${ALERT_STYLES.join(", ")}`,
          );
        }
        const limits = VALIDATION_TEXT_LIMITS;
        checkLength(alert["message"], limits.errorMessage, "dataValidation.errorAlert.message");
        checkLength(alert["title"], limits.errorTitle, "dataValidation.errorAlert.title");
        update(s, ctx, "dataValidation.errorAlert", (v) => Object.assign(v.errorAlert, alert));
      },
    },
    prompt: {
      since: "1.8",
      get: (s) => {
        const v = current(s);
        return v === "Inconsistent" ? null : v.prompt;
      },
      set: (s, value, ctx) => {
        const prompt = objectArg(value, "prompt", "dataValidation.prompt");
        const limits = VALIDATION_TEXT_LIMITS;
        checkLength(prompt["message"], limits.promptMessage, "dataValidation.prompt.message");
        checkLength(prompt["title"], limits.promptTitle, "dataValidation.prompt.title");
        update(s, ctx, "dataValidation.prompt", (v) => Object.assign(v.prompt, prompt));
      },
    },
    ignoreBlanks: {
      since: "1.8",
      get: (s) => {
        const v = current(s);
        return v === "Inconsistent" ? null : v.ignoreBlanks;
      },
      set: (s, value, ctx) =>
        update(s, ctx, "dataValidation.ignoreBlanks", (v) => (v.ignoreBlanks = value === true)),
    },
  },
  methods: {
    clear: {
      since: "1.8",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(s.sheet, "dataValidation.clear");
        s.sheet.validations = s.sheet.validations.filter((v) => !intersect(v.rect, s.rect));
      },
    },
  },
};
