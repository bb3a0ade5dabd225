import { emptySheetPlan } from "./types";
import type { ChartPlan, OwnedSheetPlan, Plan, PlanValue } from "./types";
import type { SummaryInput, SummaryValueFormat } from "./inputs";
import { AMOUNT_FORMAT, DATE_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT } from "./formats";
import { formatDateZh, isoToSerial } from "../dates";

export const SUMMARY_SHEET_KEY = "summary";
export const SUMMARY_SHEET_NAME = "台账汇总";
const TEXT_WIDTH = 8;
const CHART_WIDTH = 480;
const CHART_HEIGHT = 288;
/** Rows a chart covers at Excel's default 14.25-point row height, plus a gap. */
const CHART_ROWS = Math.ceil(CHART_HEIGHT / 14.25) + 2;

/** The owned summary sheet: headline figures, narrative, tables and native charts. */
export function summaryPlan(summary: SummaryInput): Plan {
  const sheet: OwnedSheetPlan = emptySheetPlan(SUMMARY_SHEET_KEY, SUMMARY_SHEET_NAME);
  const tableWidth = Math.max(TEXT_WIDTH, ...summary.tables.map((t) => t.columns.length));
  const full = (row: number) => ({ row, column: 0, rowCount: 1, columnCount: tableWidth });

  sheet.blocks.push({
    row: 0,
    column: 0,
    values: [[`${summary.title}（截至${formatDateZh(summary.asOf)}）`]],
  });
  sheet.styles.push({ area: full(0), merge: true, bold: true, fontSize: 16, horizontal: "Center" });
  sheet.blocks.push({ row: 1, column: 0, values: [[summary.narrative]] });
  const lines = Math.ceil([...summary.narrative].length / 60) + 1;
  sheet.styles.push({
    area: full(1),
    merge: true,
    wrap: true,
    rowHeight: Math.min(400, lines * 16),
  });

  let row = 3;
  if (summary.headline.length > 0) {
    sheet.blocks.push({
      row,
      column: 0,
      values: [summary.headline.map((h) => h.label), summary.headline.map((h) => h.value)],
      columnFormats: summary.headline.map((h) => numberFormat(h.format)),
    });
    sheet.styles.push({
      area: { row, column: 0, rowCount: 1, columnCount: summary.headline.length },
      bold: true,
      fill: "#D9E1F2",
    });
    row += 3;
  }

  // 标识说明: each flag in its own colours beside what it means, so a printed summary explains
  // its counts (red is done in 挂图作战 and overdue in 督办亮灯).
  if (summary.legend && summary.legend.entries.length > 0) {
    const entries = summary.legend.entries;
    sheet.blocks.push({ row, column: 0, values: [[summary.legend.title]] });
    sheet.styles.push({ area: { row, column: 0, rowCount: 1, columnCount: 1 }, bold: true });
    sheet.blocks.push({
      row: row + 1,
      column: 0,
      values: entries.map((e) => [e.label, e.meaning]),
    });
    entries.forEach((e, i) =>
      sheet.styles.push({
        area: { row: row + 1 + i, column: 0, rowCount: 1, columnCount: 1 },
        fill: e.fill,
        fontColor: e.font,
        bold: true,
        horizontal: "Center",
      }),
    );
    row += entries.length + 2;
  }

  const tableAt = new Map<string, { row: number; rowCount: number; columns: string[] }>();
  for (const table of summary.tables) {
    sheet.blocks.push({ row, column: 0, values: [[table.title]] });
    sheet.styles.push({
      area: { row, column: 0, rowCount: 1, columnCount: 1 },
      bold: true,
      fontSize: 12,
    });
    row++;
    if (table.note) {
      sheet.blocks.push({ row, column: 0, values: [[table.note]] });
      row++;
    }
    const keys = table.columns.map((c) => c.key);
    const values: PlanValue[][] = [table.columns.map((c) => c.title)];
    for (const r of table.rows) {
      values.push(table.columns.map((c) => cellValue(r[c.key] ?? null, c.format)));
    }
    sheet.blocks.push({
      row,
      column: 0,
      values,
      columnFormats: table.columns.map((c) => numberFormat(c.format)),
    });
    const body = table.rows.length;
    sheet.styles.push({
      area: { row, column: 0, rowCount: 1, columnCount: keys.length },
      bold: true,
      fill: "#D9E1F2",
      wrap: true,
    });
    tableAt.set(table.key, { row, rowCount: body, columns: keys });
    row += body + 2;
  }

  // Charts read a contiguous block (categories, then one column per series). When the table's
  // columns are not laid out that way, a compact copy is written beside the chart.
  let chartRow = 3;
  const chartColumn = tableWidth + 1;
  const dataColumn = chartColumn + Math.ceil(CHART_WIDTH / 64) + 1;
  for (const chart of summary.charts) {
    const source = summary.tables.find((t) => t.key === chart.table);
    const at = tableAt.get(chart.table);
    if (!source || !at || at.rowCount === 0) continue;
    const keys = [chart.category, ...chart.series.map((s) => s.key)];
    const indexes = keys.map((k) => at.columns.indexOf(k));
    if (indexes.some((i) => i < 0) || chart.series.length === 0) continue;
    const first = indexes[0] ?? 0;
    const contiguous = indexes.every((i, n) => i === first + n);
    let area: ChartPlan["source"];
    if (contiguous) {
      area = { row: at.row, column: first, rowCount: at.rowCount + 1, columnCount: keys.length };
    } else {
      const header = [source.columns[first]?.title ?? "", ...chart.series.map((s) => s.title)];
      const rows = source.rows.map((r) => keys.map((k) => r[k] ?? null));
      sheet.blocks.push({ row: chartRow, column: dataColumn, values: [header, ...rows] });
      area = {
        row: chartRow,
        column: dataColumn,
        rowCount: rows.length + 1,
        columnCount: keys.length,
      };
    }
    const colors = chart.series.map((s) => s.color ?? "");
    sheet.charts.push({
      key: chart.key,
      type: chart.kind === "stackedBar" ? "BarStacked" : "ColumnClustered",
      title: chart.title,
      source: area,
      ...(colors.every((c) => c !== "") ? { colors } : {}),
      anchor: { row: chartRow, column: chartColumn },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
    chartRow += CHART_ROWS;
  }

  for (let column = 0; column < tableWidth; column++)
    sheet.widths.push({ column, points: column === 0 ? 110 : 72 });
  sheet.freeze = { rows: 1, columns: 0 };
  // Printed for a meeting: one landscape page wide (tables, and the charts beside them), never
  // a column cut off onto a page of its own.
  sheet.print = { breaksBefore: [], orientation: "Landscape", fitToWidth: true };
  return { sheets: [sheet], columns: [], notes: [] };
}

function numberFormat(format: SummaryValueFormat | undefined): string | null {
  switch (format) {
    case "integer":
      return INTEGER_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "amount":
      return AMOUNT_FORMAT;
    case "date":
      return DATE_FORMAT;
    default:
      return null;
  }
}

function cellValue(
  value: string | number | null,
  format: SummaryValueFormat | undefined,
): PlanValue {
  if (format === "date" && typeof value === "string") return isoToSerial(value) ?? value;
  return value;
}
