/** Range edits beyond plain writes: clear, merge and unmerge, with Excel's refusals. */
import { containsRect, formatAddress, intersect } from "../address";
import { hostError } from "../errors";
import type { HostContext } from "../hostObject";
import { GENERAL } from "../model/cell";
import type { RangeState } from "./rangeCells";

export function clearRange(s: RangeState, applyTo: string, ctx: HostContext): void {
  const wb = ctx.workbook;
  wb.assertWritable(s.sheet, "Range.clear");
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  if (contents) wb.noteChange(s.sheet, s.rect);
  for (const { row, column, cell } of [...s.sheet.cellsIn(s.rect)]) {
    if (contents) wb.writeContent(s.sheet, row, column, "", undefined);
    if (formats) {
      if (cell.numberFormat !== GENERAL) wb.writeNumberFormat(s.sheet, row, column, GENERAL);
      cell.style = {};
    }
    if (links) delete cell.hyperlink;
  }
  if (formats)
    s.sheet.conditionalFormats = s.sheet.conditionalFormats.filter(
      (cf) => !containsRect(s.rect, cf.rect),
    );
}

export function mergeRange(s: RangeState, across: boolean, ctx: HostContext): void {
  const wb = ctx.workbook;
  wb.assertWritable(s.sheet, "Range.merge");
  const inTable = wb.tables.find(
    (t) => !t.deleted && t.sheet === s.sheet && intersect(t.rect, s.rect),
  );
  if (inTable) {
    throw hostError(
      "InvalidOperation",
      `Range.merge: ${formatAddress(s.sheet.name, s.rect)} overlaps table "${inTable.name}"; cells in a table cannot be merged`,
    );
  }
  const areas = across
    ? Array.from({ length: s.rect.bottom - s.rect.top + 1 }, (_, i) => ({
        ...s.rect,
        top: s.rect.top + i,
        bottom: s.rect.top + i,
      }))
    : [s.rect];
  s.sheet.merges = s.sheet.merges.filter((m) => !intersect(m, s.rect));
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    for (const { row, column } of [...s.sheet.cellsIn(area)]) {
      if (row !== area.top || column !== area.left)
        wb.writeContent(s.sheet, row, column, "", undefined);
    }
    s.sheet.merges.push(area);
  }
}

export function unmergeRange(s: RangeState, ctx: HostContext): void {
  ctx.workbook.assertWritable(s.sheet, "Range.unmerge");
  s.sheet.merges = s.sheet.merges.filter((m) => !intersect(m, s.rect));
}
