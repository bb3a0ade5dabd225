/**
 * A plain, id-free picture of the workbook for "a rerun gives the same workbook" assertions:
 * sheets in order with their cells by A1 address, formats, merges, validation, conditional
 * formats, tables, charts, page setup, defined names, custom properties and settings. Internal ids are left out because a rerun
 * that replaces a sheet gets new ones, as in Excel.
 */
import { formatLocalAddress, columnLetters } from "../address";
import { MAX_COLUMNS } from "../address";
import { tableColumnName } from "./table";
import type { WorkbookModel } from "./workbook";

export function snapshotWorkbook(wb: WorkbookModel): unknown {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protection.protected,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      showGridlines: s.showGridlines,
      cells: Object.fromEntries(
        [...s.cells.entries()]
          .sort(([a], [b]) => a - b)
          .filter(
            ([, c]) =>
              c.value !== "" ||
              c.formula !== undefined ||
              c.numberFormat !== "General" ||
              Object.keys(c.style).length > 0 ||
              c.hyperlink,
          )
          .map(([key, c]) => [
            `${columnLetters(key % MAX_COLUMNS)}${Math.floor(key / MAX_COLUMNS) + 1}`,
            {
              value: c.value,
              ...(c.formula !== undefined ? { formula: c.formula } : {}),
              ...(c.numberFormat !== "General" ? { numberFormat: c.numberFormat } : {}),
              ...(Object.keys(c.style).length > 0 ? { style: c.style } : {}),
              ...(c.hyperlink ? { hyperlink: c.hyperlink } : {}),
            },
          ]),
      ),
      columnWidths: Object.fromEntries(
        [...s.columnWidths.entries()]
          .sort(([a], [b]) => a - b)
          .map(([c, w]) => [columnLetters(c), w]),
      ),
      rowHeights: Object.fromEntries(
        [...s.rowHeights.entries()].sort(([a], [b]) => a - b).map(([r, h]) => [r + 1, h]),
      ),
      merges: s.merges.map(formatLocalAddress).sort(),
      validations: s.validations.map((v) => ({
        address: formatLocalAddress(v.rect),
        ...v.settings,
      })),
      conditionalFormats: [...s.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          address: formatLocalAddress(cf.rect),
          type: cf.type,
          rule: cf.rule,
          format: cf.format,
          stopIfTrue: cf.stopIfTrue,
        })),
      charts: s.charts.map((c) => ({
        name: c.name,
        chartType: c.chartType,
        source: formatLocalAddress(c.source),
        seriesBy: c.seriesBy,
        title: c.title,
        legend: c.legend,
        axes: c.axes,
        dataLabels: c.dataLabels,
        series: c.series.map((x) => ({
          name: x.name,
          hasDataLabels: x.hasDataLabels,
          fillColor: x.fillColor ?? null,
        })),
        position: c.position,
      })),
      pageLayout: s.pageLayout,
      printArea: s.printArea.map(formatLocalAddress),
      horizontalPageBreaks: s.horizontalPageBreaks,
      verticalPageBreaks: s.verticalPageBreaks,
      customProperties: Object.fromEntries(
        [...s.customProperties.values()].map((p) => [p.key, p.value]),
      ),
    })),
    names: wb.names.map((n) => ({
      name: n.name,
      scope: n.scope?.name ?? null,
      refersTo: n.target ? `${n.target.sheet.name}!${formatLocalAddress(n.target.rect)}` : "#REF!",
      comment: n.comment,
      visible: n.visible,
    })),
    customProperties: Object.fromEntries(
      [...wb.customProperties.values()].map((p) => [p.key, p.value]),
    ),
    tables: wb.tables
      .filter((t) => !t.deleted)
      .map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: formatLocalAddress(t.rect),
        style: t.style,
        showBandedRows: t.showBandedRows,
        showBandedColumns: t.showBandedColumns,
        showFilterButton: t.showFilterButton,
        showTotals: t.showTotals,
        columns: t.columns.map((_c, i) => tableColumnName(t, i)),
      })),
    settings: Object.fromEntries(wb.settings),
  };
}
