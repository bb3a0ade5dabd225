import { bindingFor, withLedger } from "../app/bindings";
import { ownedColumnTargets } from "../app/ownership/ownedColumns";
import { areaAddress } from "../core/model/address";
import { queueLoadBindings, queueSaveBindings } from "./bindingSettings";
import { TaizhangError } from "./error";
import { has, type Supports } from "./support";
import { rowRuns } from "../core/model/rowRuns";

/**
 * Clears the add-in's own columns of one ledger sheet (移除标识) and forgets them with the scheme.
 * Each column is found by its mark (a name that follows inserted rows and columns), or, in a
 * workbook from before marks, where the binding recorded it. A column whose header a person has
 * replaced is theirs: left as it is and only forgotten. In the others, cells a person typed over
 * the formulas (人工标识) stay; everything else the add-in wrote goes. Three requests: read the
 * bindings and names, read the headers and typed cells, then clear and store.
 */
export async function removeOwnedColumns(
  context: Excel.RequestContext,
  sheetName: string,
  supports: Supports,
): Promise<number> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name,id");
  sheet.protection.load("protected");
  const stored = queueLoadBindings(context);
  const names = context.workbook.names;
  names.load("items/name,items/comment,items/value");
  await context.sync();
  if (sheet.isNullObject) throw new TaizhangError("sheetMissing", sheetName);
  const bindings = stored();
  const binding = bindingFor(bindings, sheet.name, sheet.id);
  if (!binding) return 0;
  const { targets, stale } = ownedColumnTargets(binding, sheet.name, names.items);
  if (targets.length === 0 && stale.length === 0 && binding.ownedColumns.length === 0) return 0;
  if (targets.length > 0 && sheet.protection.protected)
    throw new TaizhangError("sheetProtected", sheet.name);

  const reads = targets.map((target) => {
    const header = sheet.getRange(areaAddress({ ...target.area, rowCount: 1 }));
    header.load("values");
    const bodyArea = {
      ...target.area,
      row: target.area.row + 1,
      rowCount: target.area.rowCount - 1,
    };
    const body = bodyArea.rowCount > 0 ? sheet.getRange(areaAddress(bodyArea)) : null;
    // Owned columns hold formulas only: a constant in one is what a person typed there.
    let typed: Excel.RangeAreas | null = null;
    if (body && has(supports, "specialCells")) {
      typed = body.getSpecialCellsOrNullObject("Constants");
      typed.areas.load("items/rowIndex,items/rowCount");
    } else body?.load("formulasR1C1");
    return { target, header, body, bodyArea, typed };
  });
  if (reads.length > 0) await context.sync();

  for (const name of stale) names.getItem(name).delete();
  let cleared = 0;
  for (const { target, header, body, bodyArea, typed } of reads) {
    if (target.markName) names.getItem(target.markName).delete();
    if (header.values[0]?.[0] !== target.header) continue;
    const typedRows = new Set<number>();
    if (typed && !typed.isNullObject) {
      for (const a of typed.areas.items)
        for (let r = 0; r < a.rowCount; r++) typedRows.add(a.rowIndex + r);
    } else if (body && !typed) {
      body.formulasR1C1.forEach((line, r) => {
        const cell = line[0];
        if (cell !== "" && !(typeof cell === "string" && cell.startsWith("=")))
          typedRows.add(bodyArea.row + r);
      });
    }
    const whole = sheet.getRange(areaAddress(target.area));
    if (has(supports, "conditionalFormats")) whole.conditionalFormats.clearAll();
    for (const run of rowRuns(
      target.area.row,
      target.area.row + target.area.rowCount - 1,
      typedRows,
    ))
      sheet.getRange(areaAddress({ ...target.area, ...run })).clear("All");
    cleared++;
  }
  const { scheme: _scheme, options: _options, ...rest } = binding;
  queueSaveBindings(context, withLedger(bindings, { ...rest, ownedColumns: [] }));
  await context.sync();
  return cleared;
}
