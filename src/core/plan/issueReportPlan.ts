import { emptySheetPlan } from "./types";
import { listPrint } from "./printLayout";
import type { OwnedSheetPlan, Plan, PlanValue } from "./types";
import type { IssueInput } from "./inputs";
import { cellAddress } from "../model/address";
import type { Lang } from "../model/lang";
import { ERROR_TYPE_NAMES } from "../validate/errorTypeNames";
import type { ErrorType } from "../validate/errorTypes";

export const ISSUES_SHEET_KEY = "issues";
export const ISSUES_SHEET_NAME = "台账问题清单";
const HEADER: Record<Lang, string[]> = {
  zh: ["序号", "工作表", "单元格", "问题所在", "单元格内容", "问题类型", "说明及改法"],
  en: ["No.", "Sheet", "Cell", "Where", "Cell text", "Problem", "What to do"],
};
const LOCATION_COLUMN = 2;
/** The validator caps its list at 1,000; so does the report. */
export const ISSUES_MAX = 1_000;

/** The owned issue-report sheet: one row per validation error, its position a link to the cell. */
export function issueReportPlan(errors: readonly IssueInput[], lang: Lang = "zh"): Plan {
  const sheet: OwnedSheetPlan = emptySheetPlan(ISSUES_SHEET_KEY, ISSUES_SHEET_NAME);
  const shown = errors.slice(0, ISSUES_MAX);
  const header = HEADER[lang];
  const values: PlanValue[][] = [header];
  const local = (text: string | { zh: string; en: string } | undefined) =>
    text === undefined ? "" : typeof text === "string" ? text : text[lang];
  shown.forEach((error, i) => {
    const row = 2 + i;
    const target = targetCell(error);
    values.push([
      i + 1,
      error.sheet,
      target ?? "",
      error.where === undefined ? (error.fieldName ?? "") : local(error.where),
      error.cell ?? "",
      ERROR_TYPE_NAMES[error.type as ErrorType]?.[lang] ?? error.type,
      local(error.message),
    ]);
    if (target)
      sheet.hyperlinks.push({
        row,
        column: LOCATION_COLUMN,
        sheet: error.sheet,
        address: target,
        text: target,
      });
  });
  const title =
    lang === "en"
      ? errors.length > shown.length
        ? `Ledger problems (${errors.length}, the first ${shown.length} listed)`
        : `Ledger problems (${errors.length})`
      : errors.length > shown.length
        ? `台账问题清单（共${errors.length}处，显示前${shown.length}处）`
        : `台账问题清单（共${errors.length}处）`;
  sheet.blocks.push({ row: 0, column: 0, values: [[title]] });
  sheet.blocks.push({ row: 1, column: 0, values });
  sheet.styles.push(
    {
      area: { row: 0, column: 0, rowCount: 1, columnCount: header.length },
      merge: true,
      bold: true,
      fontSize: 14,
    },
    {
      area: { row: 1, column: 0, rowCount: 1, columnCount: header.length },
      bold: true,
      fill: "#D9E1F2",
    },
  );
  [40, 110, 50, 130, 150, 100, 300].forEach((points, column) =>
    sheet.widths.push({ column, points }),
  );
  sheet.freeze = { rows: 2, columns: 0 };
  sheet.print = listPrint(1);
  return { sheets: [sheet], columns: [], notes: [] };
}

/** The offending cell: row and column when known; a whole-row error points at its first cell;
 * a header error (no row) at row 1 of its column. */
function targetCell(error: IssueInput): string | null {
  if (error.rowNumber === null && error.fieldNumber === null) return null;
  return cellAddress((error.rowNumber ?? 1) - 1, (error.fieldNumber ?? 1) - 1);
}
