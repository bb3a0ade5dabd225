/** context.workbook.worksheets: lookup by name or id, add with Excel's name rules, the active sheet. */
import { hostError } from "../errors";
import type { HostContext, ObjectType } from "../hostObject";
import type { SheetModel } from "../model/sheet";
import { stringArg } from "./args";
import { assertStructureWritable, worksheetObject } from "./worksheet";

function sheetByKey(key: unknown, ctx: HostContext): SheetModel | undefined {
  if (typeof key !== "string")
    throw hostError(
      "InvalidArgument",
      `worksheets.getItem: the key must be a name or id, got ${JSON.stringify(key)}`,
    );
  const sheet = ctx.workbook.findSheet(key);
  return sheet && !sheet.deleted ? sheet : undefined;
}

export const WorksheetCollectionType: ObjectType<null> = {
  name: "WorksheetCollection",
  items: (_s, ctx) => ctx.workbook.liveSheets().map(worksheetObject),
  indexer: (_s, key, ctx) => {
    const sheet = sheetByKey(key, ctx);
    if (!sheet)
      throw hostError("ItemNotFound", `worksheets.getItem(${JSON.stringify(key)}): no such sheet`);
    return worksheetObject(sheet);
  },
  methods: {
    getItemOrNullObject: {
      since: "1.4",
      call: (_s, [key], ctx) => {
        const sheet = sheetByKey(key, ctx);
        return sheet ? worksheetObject(sheet) : null;
      },
    },
    add: {
      since: "1.1",
      call: (_s, [name], ctx) => {
        assertStructureWritable(ctx, "worksheets.add");
        const sheet = ctx.workbook.addSheet(
          name === undefined || name === null
            ? undefined
            : stringArg(name, "name", "worksheets.add"),
          "worksheets.add",
        );
        sheet.createdBy = "addin";
        return worksheetObject(sheet);
      },
    },
    getActiveWorksheet: {
      since: "1.1",
      call: (_s, _a, ctx) => worksheetObject(ctx.workbook.activeSheet()),
    },
    getCount: { since: "1.4", call: (_s, _a, ctx) => ctx.workbook.liveSheets().length },
    getFirst: {
      since: "1.5",
      call: (_s, _a, ctx) =>
        worksheetObject(ctx.workbook.liveSheets()[0] ?? ctx.workbook.activeSheet()),
    },
    getLast: {
      since: "1.5",
      call: (_s, _a, ctx) => {
        const sheets = ctx.workbook.liveSheets();
        return worksheetObject(sheets[sheets.length - 1] ?? ctx.workbook.activeSheet());
      },
    },
  },
};
