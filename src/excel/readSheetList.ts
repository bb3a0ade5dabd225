import { queueLoadBindings, type Bindings } from "./bindings";

export interface SheetList {
  /** Visible and hidden sheets, in tab order. */
  sheets: { name: string; id: string }[];
  /** The sheet the user is looking at. */
  active: string;
  bindings: Bindings;
}

/**
 * The sheets, the active one and the stored bindings, in one request: what the task pane needs
 * to offer a sheet to recognise and to find the bound ledgers under their current names.
 */
export async function readSheetList(context: Excel.RequestContext): Promise<SheetList> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/position");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const bindings = queueLoadBindings(context);
  await context.sync();
  return {
    sheets: [...sheets.items]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ name: s.name, id: s.id })),
    active: active.name,
    bindings: bindings(),
  };
}
