import { emptySheetPlan } from "./types";
import type { OwnedSheetPlan, Plan, PlanValue } from "./types";
import type { ReminderSlipInput } from "./inputs";
import { DATE_FORMAT } from "./formats";
import { formatDateZh, isoToSerial } from "../dates";

export const SLIPS_SHEET_KEY = "slips";
export const SLIPS_SHEET_NAME = "工作提示单";
const HEADER = ["序号", "院", "事项", "完成时限", "状态", "提示"];
/** The summary hands states over as codes; a slip shows the words (a status as typed stays). */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  done: "已完成",
  inProgress: "正在推进",
  notStarted: "未完成",
  closed: "已销号",
};

/** localeCompare's order, with the collator made once rather than per comparison. */
const byDeadlineText = new Intl.Collator().compare;

/** 超期12天, 今日到期, 3天后到期. */
export function reminderHint(state: "overdue" | "dueSoon", days: number | undefined): string {
  if (state === "overdue") return days === undefined ? "超期" : `超期${days}天`;
  if (days === undefined) return "临期";
  return days === 0 ? "今日到期" : `${days}天后到期`;
}

/** 工作提示单: one slip per responsible person or unit, each on its own printed page. */
export function reminderSlipsPlan(slips: readonly ReminderSlipInput[], asOf: string): Plan {
  const sheet: OwnedSheetPlan = emptySheetPlan(SLIPS_SHEET_KEY, SLIPS_SHEET_NAME);
  const breaks: number[] = [];
  const width = HEADER.length;
  const wide = (row: number) => ({ row, column: 0, rowCount: 1, columnCount: width });
  let row = 0;
  slips.forEach((slip, index) => {
    if (index > 0) breaks.push(row);
    sheet.blocks.push({ row, column: 0, values: [["工作提示单"]] });
    sheet.styles.push({
      area: wide(row),
      merge: true,
      bold: true,
      fontSize: 18,
      horizontal: "Center",
    });
    sheet.blocks.push({
      row: row + 1,
      column: 0,
      values: [
        [`${slip.recipient}：`],
        [`截至${formatDateZh(asOf)}，下列事项已超期或即将到期，请抓紧推进并及时反馈进展。`],
      ],
    });
    sheet.styles.push({ area: wide(row + 2), merge: true, wrap: true, rowHeight: 32 });
    // Items due at once (立行立改) first: they were due when found.
    const items = [...slip.items].sort(
      (a, b) =>
        Number(b.dueAtOnce === true) - Number(a.dueAtOnce === true) ||
        byDeadlineText(a.deadline ?? "9999", b.deadline ?? "9999"),
    );
    const values: PlanValue[][] = [HEADER];
    items.forEach((item, i) => {
      values.push([
        i + 1,
        item.office ?? "",
        item.item,
        item.deadline === null ? "" : (isoToSerial(item.deadline) ?? item.deadline),
        item.status === undefined ? "" : (STATUS_WORDS[item.status] ?? item.status),
        item.dueAtOnce === true ? "应立行立改，尚未完成" : reminderHint(item.state, item.days),
      ]);
    });
    const tableRow = row + 4;
    sheet.blocks.push({
      row: tableRow,
      column: 0,
      values,
      columnFormats: [null, null, null, DATE_FORMAT, null, null],
    });
    sheet.styles.push({ area: wide(tableRow), bold: true, fill: "#D9D9D9" });
    if (items.length > 0) {
      sheet.styles.push({
        area: { row: tableRow + 1, column: 2, rowCount: items.length, columnCount: 1 },
        wrap: true,
      });
    }
    const footer = tableRow + values.length + 1;
    sheet.blocks.push({ row: footer, column: 3, values: [["台账助手生成"], [formatDateZh(asOf)]] });
    row = footer + 3;
  });
  [40, 110, 260, 80, 70, 90].forEach((points, column) => sheet.widths.push({ column, points }));
  // One slip a page, each one page wide (its six columns are wider than A4 portrait).
  sheet.print = { breaksBefore: breaks, orientation: "Portrait", fitToWidth: true };
  return { sheets: [sheet], columns: [], notes: [] };
}
