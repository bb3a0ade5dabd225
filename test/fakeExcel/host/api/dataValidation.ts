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
        if (typeof alert["message"] === "string" && alert["message"].length > 255)
          throw hostError(
            "InvalidArgument",
            "dataValidation.errorAlert.message is longer than 255 characters",
          );
        if (typeof alert["title"] === "string" && alert["title"].length > 32)
          throw hostError(
            "InvalidArgument",
            "dataValidation.errorAlert.title is longer than 32 characters",
          );
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
        if (typeof prompt["message"] === "string" && prompt["message"].length > 255)
          throw hostError(
            "InvalidArgument",
            "dataValidation.prompt.message is longer than 255 characters",
          );
        if (typeof prompt["title"] === "string" && prompt["title"].length > 32)
          throw hostError(
            "InvalidArgument",
            "dataValidation.prompt.title is longer than 32 characters",
          );
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
