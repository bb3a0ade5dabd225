/**
 * range.conditionalFormats (ExcelApi 1.6): containsText, cellValue and custom rules with a fill
 * and font. The collection of a range lists the formats whose area intersects it.
 */
import { intersect } from "../address";
import { hostError } from "../errors";
import type { HostContext, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type {
  ConditionalFormatModel,
  ConditionalFormatType as ConditionalFormatKind,
} from "../model/conditionalFormat";
import { boolArg, intArg, objectArg, oneOf, stringArg } from "./args";
import type { RangeState } from "./rangeCells";
import { rangeObject } from "./range";
import { normaliseColor } from "./rangeFormat";

const TYPES = ["ContainsText", "CellValue", "Custom"] as const;
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

interface CfState {
  range: RangeState;
  cf: ConditionalFormatModel;
}

function formatsOf(s: RangeState) {
  return s.sheet.conditionalFormats
    .filter((cf) => intersect(cf.rect, s.rect))
    .sort((a, b) => a.priority - b.priority);
}

function writable(s: CfState, ctx: HostContext, what: string) {
  ctx.workbook.assertWritable(s.range.sheet, what);
}

export const FillType: ObjectType<CfState> = {
  name: "ConditionalRangeFill",
  properties: {
    color: {
      since: "1.6",
      get: (s) => s.cf.format.fillColor ?? null,
      set: (s, v, ctx) => {
        writable(s, ctx, "conditionalFormat fill.color");
        s.cf.format.fillColor = normaliseColor(
          stringArg(v, "color", "ConditionalRangeFill.color"),
          "ConditionalRangeFill.color",
        );
      },
    },
  },
  methods: { clear: { since: "1.6", call: (s) => void delete s.cf.format.fillColor } },
};

export const FontType: ObjectType<CfState> = {
  name: "ConditionalRangeFont",
  properties: {
    color: {
      since: "1.6",
      get: (s) => s.cf.format.fontColor ?? null,
      set: (s, v, ctx) => {
        writable(s, ctx, "conditionalFormat font.color");
        s.cf.format.fontColor = normaliseColor(
          stringArg(v, "color", "ConditionalRangeFont.color"),
          "ConditionalRangeFont.color",
        );
      },
    },
    bold: {
      since: "1.6",
      get: (s) => s.cf.format.fontBold ?? null,
      set: (s, v, ctx) => {
        writable(s, ctx, "conditionalFormat font.bold");
        s.cf.format.fontBold = boolArg(v, "bold", "ConditionalRangeFont.bold");
      },
    },
    italic: {
      since: "1.6",
      get: (s) => s.cf.format.fontItalic ?? null,
      set: (s, v, ctx) => {
        writable(s, ctx, "conditionalFormat font.italic");
        s.cf.format.fontItalic = boolArg(v, "italic", "ConditionalRangeFont.italic");
      },
    },
  },
};

export const RangeFormatOfCf: ObjectType<CfState> = {
  name: "ConditionalRangeFormat",
  children: {
    fill: { since: "1.6", get: (s) => hostObject(FillType, s) },
    font: { since: "1.6", get: (s) => hostObject(FontType, s) },
  },
};

function ruleProperty(kind: ConditionalFormatKind, check: (rule: Record<string, unknown>) => void) {
  return {
    since: "1.6",
    get: (s: CfState) => s.cf.rule,
    set: (s: CfState, v: unknown, ctx: HostContext) => {
      writable(s, ctx, `${kind} rule`);
      const rule = objectArg(v, "rule", `${kind}.rule`);
      check(rule);
      s.cf.rule = { ...rule };
    },
  };
}

function typedChild(
  kind: ConditionalFormatKind,
  name: string,
  check: (rule: Record<string, unknown>) => void,
): ObjectType<CfState> {
  return {
    name,
    properties: { rule: ruleProperty(kind, check) },
    children: { format: { since: "1.6", get: (s) => hostObject(RangeFormatOfCf, s) } },
  };
}

export const TextComparisonType = typedChild("ContainsText", "TextConditionalFormat", (rule) => {
  if (!TEXT_OPERATORS.includes(String(rule["operator"])))
    throw hostError(
      "InvalidArgument",
      `textComparison.rule.operator must be one of ${TEXT_OPERATORS.join(", ")}`,
    );
  stringArg(rule["text"], "text", "textComparison.rule");
});
export const CellValueType = typedChild("CellValue", "CellValueConditionalFormat", (rule) => {
  if (!VALUE_OPERATORS.includes(String(rule["operator"])))
    throw hostError(
      "InvalidArgument",
      `cellValue.rule.operator must be one of ${VALUE_OPERATORS.join(", ")}`,
    );
  if (rule["formula1"] === undefined)
    throw hostError("InvalidArgument", "cellValue.rule.formula1 is required");
});
export const CustomRuleType: ObjectType<CfState> = {
  name: "ConditionalFormatRule",
  properties: {
    formula: {
      since: "1.6",
      get: (s) => s.cf.rule["formula"] ?? null,
      set: (s, v, ctx) => {
        writable(s, ctx, "custom.rule.formula");
        s.cf.rule = { formula: stringArg(v, "formula", "custom.rule.formula") };
      },
    },
  },
};
export const CustomType: ObjectType<CfState> = {
  name: "CustomConditionalFormat",
  children: {
    rule: { since: "1.6", get: (s) => hostObject(CustomRuleType, s) },
    format: { since: "1.6", get: (s) => hostObject(RangeFormatOfCf, s) },
  },
};

function ofType(kind: ConditionalFormatKind, type: ObjectType<CfState>) {
  return {
    since: "1.6",
    get: (s: CfState) => {
      if (s.cf.type !== kind)
        throw hostError("InvalidOperation", `this conditional format is ${s.cf.type}, not ${kind}`);
      return hostObject(type, s);
    },
  };
}

export const ConditionalFormatType: ObjectType<CfState> = {
  name: "ConditionalFormat",
  identity: (s) => ({ Id: s.cf.id }),
  properties: {
    id: { since: "1.6", get: (s) => s.cf.id },
    type: { since: "1.6", get: (s) => s.cf.type },
    priority: {
      since: "1.6",
      get: (s) => s.cf.priority,
      set: (s, v, ctx) => {
        writable(s, ctx, "ConditionalFormat.priority");
        s.cf.priority = intArg(v, "priority", "ConditionalFormat.priority");
      },
    },
    stopIfTrue: {
      since: "1.6",
      get: (s) => s.cf.stopIfTrue,
      set: (s, v, ctx) => {
        writable(s, ctx, "ConditionalFormat.stopIfTrue");
        s.cf.stopIfTrue = boolArg(v, "stopIfTrue", "ConditionalFormat.stopIfTrue");
      },
    },
  },
  children: {
    textComparison: ofType("ContainsText", TextComparisonType),
    cellValue: ofType("CellValue", CellValueType),
    custom: ofType("Custom", CustomType),
  },
  methods: {
    getRange: { since: "1.6", call: (s) => rangeObject(s.range.sheet, s.cf.rect) },
    delete: {
      since: "1.6",
      call: (s, _a, ctx) => {
        writable(s, ctx, "ConditionalFormat.delete");
        s.range.sheet.conditionalFormats = s.range.sheet.conditionalFormats.filter(
          (x) => x !== s.cf,
        );
      },
    },
  },
};

function cfObject(range: RangeState, cf: ConditionalFormatModel) {
  return hostObject(ConditionalFormatType, { range, cf });
}

export const ConditionalFormatCollectionType: ObjectType<RangeState> = {
  name: "ConditionalFormatCollection",
  items: (s) => formatsOf(s).map((cf) => cfObject(s, cf)),
  indexer: (s, key) => {
    const cf = formatsOf(s).find((x) => x.id === key);
    if (!cf) throw hostError("ItemNotFound", `conditionalFormats.getItem(${JSON.stringify(key)})`);
    return cfObject(s, cf);
  },
  methods: {
    add: {
      since: "1.6",
      call: (s, [type], ctx) => {
        ctx.workbook.assertWritable(s.sheet, "conditionalFormats.add");
        const kind = oneOf(type, TYPES, "type", "conditionalFormats.add");
        for (const cf of s.sheet.conditionalFormats) cf.priority += 1;
        const cf: ConditionalFormatModel = {
          id: ctx.workbook.newId("cf"),
          rect: { ...s.rect },
          type: kind,
          rule: {},
          format: {},
          priority: 0,
          stopIfTrue: false,
        };
        s.sheet.conditionalFormats.push(cf);
        return cfObject(s, cf);
      },
    },
    getCount: { since: "1.6", call: (s) => formatsOf(s).length },
    getItemAt: {
      since: "1.6",
      call: (s, [i]) => {
        const cf = formatsOf(s)[intArg(i, "index", "conditionalFormats.getItemAt")];
        if (!cf) throw hostError("ItemNotFound", `conditionalFormats.getItemAt(${String(i)})`);
        return cfObject(s, cf);
      },
    },
    clearAll: {
      since: "1.6",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(s.sheet, "conditionalFormats.clearAll");
        s.sheet.conditionalFormats = s.sheet.conditionalFormats.filter(
          (cf) => !intersect(cf.rect, s.rect),
        );
      },
    },
  },
};
