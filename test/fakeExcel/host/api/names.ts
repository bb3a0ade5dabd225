/**
 * workbook.names (ExcelApi 1.1, `add` 1.4) and worksheet.names (ExcelApi 1.4): named ranges.
 * A name over anything but a range (a constant, a formula) is refused with UnsupportedOperation
 * rather than imitated. The library re-addresses an item by its `_Id`, which the fake answers
 * with the name (unique within a collection).
 */
import { formatLocalAddress, parseLocalAddress, quoteSheetName, splitSheet } from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type { NamedItemModel } from "../model/namedItem";
import { namesInScope } from "../model/namedItem";
import { assertValidDefinedName } from "../model/names";
import type { SheetModel } from "../model/sheet";
import { boolArg, isHostObjectArg, optionalString, stringArg } from "./args";
import type { RangeState } from "./rangeCells";
import { RangeType, rangeObject, sheetForAddress } from "./range";
import { worksheetObject } from "./worksheet";

/** A name's comment is at most 255 characters (Excel's Name.Comment; longer is refused). */
function commentArg(comment: string, where: string): string {
  if (comment.length > 255)
    throw hostError("InvalidArgument", `${where}: a comment holds at most 255 characters`);
  return comment;
}

export interface NamesScope {
  sheet: SheetModel | null;
}

/** "Sheet1!$A$1:$B$9", "Sheet1!$5:$7", "'My sheet'!$C:$C": how Excel writes a name's reference. */
function absoluteAddress(sheet: SheetModel, rect: RangeState["rect"]): string {
  const local = formatLocalAddress(rect)
    .split(":")
    .map((part) =>
      part.replace(
        /^([A-Z]+)?(\d+)?$/,
        (_m, c?: string, r?: string) => (c ? `$${c}` : "") + (r ? `$${r}` : ""),
      ),
    )
    .join(":");
  return `${quoteSheetName(sheet.name)}!${local}`;
}

function live(item: NamedItemModel, ctx: HostContext, what: string): NamedItemModel {
  if (!ctx.workbook.names.includes(item))
    throw hostError("ItemNotFound", `${what}: the name "${item.name}" was deleted`);
  return item;
}

function rangeOf(item: NamedItemModel, ctx: HostContext, what: string): HostObject | null {
  const target = live(item, ctx, what).target;
  return target ? rangeObject(target.sheet, target.rect) : null;
}

export const NamedItemType: ObjectType<NamedItemModel> = {
  name: "NamedItem",
  identity: (n) => ({ _Id: n.name }),
  properties: {
    name: { since: "1.1", get: (n) => n.name },
    type: { since: "1.1", get: (n) => (n.target ? "Range" : "Error") },
    value: {
      since: "1.1",
      get: (n) => (n.target ? absoluteAddress(n.target.sheet, n.target.rect) : "#REF!"),
    },
    formula: {
      since: "1.7",
      get: (n) => (n.target ? `=${absoluteAddress(n.target.sheet, n.target.rect)}` : "=#REF!"),
    },
    visible: {
      since: "1.1",
      get: (n) => n.visible,
      set: (n, v, ctx) => {
        ctx.workbook.assertWritable(null, "NamedItem.visible");
        n.visible = boolArg(v, "visible", "NamedItem.visible");
      },
    },
    comment: {
      since: "1.4",
      get: (n) => n.comment,
      set: (n, v, ctx) => {
        ctx.workbook.assertWritable(null, "NamedItem.comment");
        n.comment = commentArg(stringArg(v, "comment", "NamedItem.comment"), "NamedItem.comment");
      },
    },
    scope: { since: "1.4", get: (n) => (n.scope ? "Worksheet" : "Workbook") },
  },
  children: {
    worksheet: {
      since: "1.4",
      get: (n) => {
        if (!n.scope)
          throw hostError("ItemNotFound", `NamedItem.worksheet: "${n.name}" is workbook-scoped`);
        return worksheetObject(n.scope);
      },
    },
    worksheetOrNullObject: {
      since: "1.4",
      get: (n) => (n.scope ? worksheetObject(n.scope) : null),
    },
  },
  methods: {
    getRange: {
      since: "1.1",
      call: (n, _a, ctx) => {
        const range = rangeOf(n, ctx, "NamedItem.getRange");
        // Undocumented which code Excel uses for a name that reads #REF!; the fake refuses.
        if (!range)
          throw hostError("InvalidOperation", `NamedItem.getRange: "${n.name}" refers to #REF!`);
        return range;
      },
    },
    getRangeOrNullObject: {
      since: "1.4",
      call: (n, _a, ctx) => rangeOf(n, ctx, "NamedItem.getRangeOrNullObject"),
    },
    delete: {
      since: "1.4",
      call: (n, _a, ctx) => {
        ctx.workbook.assertWritable(null, "NamedItem.delete");
        const names = ctx.workbook.names;
        names.splice(names.indexOf(live(n, ctx, "NamedItem.delete")), 1);
      },
    },
  },
};

function findName(scope: NamesScope, key: unknown, ctx: HostContext): NamedItemModel | undefined {
  const k = stringArg(key, "name", "names.getItem").toLowerCase();
  return namesInScope(ctx.workbook.names, scope.sheet).find((n) => n.name.toLowerCase() === k);
}

/** What `names.add` may name: a Range, or an address ("Sheet1!$A$1:$B$9", "=Sheet1!A1"). */
function referenceArg(
  scope: NamesScope,
  reference: unknown,
  ctx: HostContext,
  where: string,
): RangeState {
  if (isHostObjectArg(reference) && reference.type === RangeType) {
    const state = reference.state as RangeState;
    return { sheet: state.sheet, rect: { ...state.rect } };
  }
  const text = stringArg(reference, "reference", where).replace(/^=/, "");
  const { sheet, local } = splitSheet(text);
  if (sheet === null && scope.sheet === null)
    throw hostError("InvalidArgument", `${where}: "${text}" must name its sheet (workbook.names)`);
  let rect;
  try {
    rect = parseLocalAddress(local.replace(/\$/g, ""));
  } catch {
    throw hostError(
      "UnsupportedOperation",
      `${where}: the fake host models names over a range only, not "${text}"`,
    );
  }
  const fallback = scope.sheet ?? ctx.workbook.activeSheet();
  return { sheet: sheetForAddress(text, fallback, ctx, where), rect };
}

export const NamedItemCollectionType: ObjectType<NamesScope> = {
  name: "NamedItemCollection",
  items: (s, ctx) =>
    namesInScope(ctx.workbook.names, s.sheet).map((n) => hostObject(NamedItemType, n)),
  indexer: (s, key, ctx) => {
    const found = findName(s, key, ctx);
    if (!found)
      throw hostError("ItemNotFound", `names.getItem(${JSON.stringify(key)}): no such name`);
    return hostObject(NamedItemType, found);
  },
  methods: {
    getItemOrNullObject: {
      since: "1.4",
      call: (s, [key], ctx) => {
        const found = findName(s, key, ctx);
        return found ? hostObject(NamedItemType, found) : null;
      },
    },
    getCount: {
      since: "1.4",
      call: (s, _a, ctx) => namesInScope(ctx.workbook.names, s.sheet).length,
    },
    add: {
      since: "1.4",
      call: (s, [name, reference, comment], ctx) => {
        const where = "names.add";
        ctx.workbook.assertWritable(null, where);
        const taken = [
          ...namesInScope(ctx.workbook.names, s.sheet).map((n) => n.name),
          ...ctx.workbook.tables.filter((t) => !t.deleted).map((t) => t.name),
        ];
        assertValidDefinedName(name, taken, where);
        const target = referenceArg(s, reference, ctx, where);
        const item: NamedItemModel = {
          name,
          scope: s.sheet,
          target,
          comment: commentArg(optionalString(comment, "comment", where) ?? "", where),
          visible: true,
        };
        ctx.workbook.names.push(item);
        return hostObject(NamedItemType, item);
      },
    },
  },
};
