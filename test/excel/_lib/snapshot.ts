/** The whole fake workbook as plain data without host ids: two runs compare with toEqual. */
import type { FakeExcel } from "../../fakeExcel";

export function snapshot(fx: FakeExcel): unknown {
  const wb = fx.workbook;
  return {
    sheets: wb.liveSheets().map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([key, cell]) => [
          key,
          cell.value,
          cell.formula ?? null,
          cell.numberFormat,
          cell.style,
          cell.hyperlink ?? null,
        ]),
      merges: s.merges,
      widths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      heights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      frozen: [s.frozenRows, s.frozenColumns],
      validations: s.validations,
      conditionalFormats: s.conditionalFormats.map(({ id: _id, ...rest }) => rest),
      charts: s.charts.map(({ id: _id, ...rest }) => rest),
    })),
    tables: wb.tables
      .filter((t) => !t.sheet.deleted)
      .map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect, style: t.style })),
    settings: [...wb.settings.entries()].map(([k, v]) => [k, normaliseIds(v)]),
  };
}

/** Sheet ids change on every regeneration (Excel assigns them); everything else must not. */
function normaliseIds(value: unknown): unknown {
  return typeof value === "string" ? value.replace(/\{[0-9A-F-]+\}/gi, "{id}") : value;
}

/** Text shown in a cell of a live sheet (value, or formula when there is one). */
export function cellOf(fx: FakeExcel, sheet: string, row: number, column: number) {
  const s = fx.workbook.liveSheets().find((x) => x.name === sheet);
  return s?.peek(row, column);
}
