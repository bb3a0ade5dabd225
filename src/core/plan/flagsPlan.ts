import { OWNED_MARK } from "./ownedMark";
import type { FlagFormatRule, OwnedColumnPlan, Plan, PlanNote } from "./types";
import type { FlagSchemeInput, LocatedLedger } from "./inputs";
import { isoToSerial } from "../dates";
import { DATE_FORMAT } from "./formats";
import { DEADLINE_UNREADABLE, flagFormula } from "./flagFormula";
import { quote, statusReadingFormula } from "./statusFormula";

export interface FlagsPlanOptions {
  /** ISO as-of date: what a dated report's flags are computed against (see `fixedDate`). */
  asOf: string;
  /**
   * A dated report: the formula compares deadlines with the as-of date, fixed. By default the
   * sheet is live and compares them with TODAY(), so lights turn red when deadlines pass.
   */
  fixedDate?: boolean;
  /**
   * An owned column of the deadlines as dates, where the user's deadlines are text (2021年5月,
   * 2021.7.12): on by default, since no formula reads those; false leaves it out, and such rows
   * show 时限无法识别.
   */
  normaliseDeadlines?: boolean;
}

export const FLAGS_COLUMN_KEY = "flags";
export const READING_COLUMN_KEY = "statusReading";
export const DEADLINE_COLUMN_KEY = "deadlineDates";

/**
 * The live columns beside a user's ledger: 状态判定 (how each status reads, by the reader's own
 * rules over every word it knows, so a word a colleague types later reads as the summary would
 * count it), the flag column (the core's item state and the scheme, over 状态判定), and where
 * deadlines are text, the deadlines as dates. All formulas: colours and flags follow edits by
 * colleagues without the add-in. One conditional-format rule per flag label.
 */
export function flagsPlan(
  ledger: LocatedLedger,
  scheme: FlagSchemeInput,
  options: FlagsPlanOptions,
): Plan {
  const notes: PlanNote[] = [];
  const field = (role: string) => ledger.fields.find((f) => f.role === role);
  const column = (role: string) => {
    const f = field(role);
    return f === undefined ? undefined : ledger.columns[f.name];
  };
  const statusField = field("status");
  const statusColumn = column("status");
  if (!statusField || statusColumn === undefined || ledger.rows.length === 0) {
    notes.push({
      key: "noStatus",
      zh: "未找到进展状态列或数据行，无法生成标识。",
      en: "No status column or no data rows: no flags were written.",
    });
    return { sheets: [], columns: [], notes };
  }
  const rowNumbers = ledger.rows.map((r) => r.rowNumber);
  const firstRow = Math.min(...rowNumbers) - 1;
  const rowCount = Math.max(...rowNumbers) - firstRow;
  const base = { sheet: ledger.sheet, headerRow: ledger.headerRow, firstRow, rowCount };
  const ref = (role: string) => {
    const c = column(role);
    return c === undefined ? undefined : `RC${c + 1}`;
  };

  const columns: OwnedColumnPlan[] = [
    {
      ...base,
      key: READING_COLUMN_KEY,
      header: `${OWNED_MARK}状态判定`,
      formulaR1C1: statusReadingFormula(`RC${statusColumn + 1}`),
      width: 64,
    },
  ];
  const deadlineField = field("deadline");
  const deadlineUser = ref("deadline");
  let deadlineRef = deadlineUser;
  if (deadlineField && deadlineUser) {
    const textual = ledger.rows.some((r) => {
      const cell = r.cells[deadlineField.name];
      return typeof cell?.raw === "string" && isoToSerial(String(cell.value)) !== null;
    });
    if (textual && options.normaliseDeadlines !== false) {
      columns.push({
        ...base,
        key: DEADLINE_COLUMN_KEY,
        header: `${OWNED_MARK}${deadlineField.title}（日期）`,
        rowFormulas: deadlineFormulas(ledger, deadlineField.name, deadlineUser, firstRow, rowCount),
        numberFormat: DATE_FORMAT,
        width: 90,
      });
      deadlineRef = `RC{{column:${DEADLINE_COLUMN_KEY}}}`;
    } else if (textual) {
      notes.push({
        key: "deadlineText",
        zh: `“${deadlineField.title}”列中有文本形式的日期，这些行标为“${DEADLINE_UNREADABLE}”。可选择“生成规范日期列”，由台账助手在右侧新增一列日期（原列不改动）。`,
        en: `"${deadlineField.title}" holds dates as text; those rows show "${DEADLINE_UNREADABLE}". Choose "add normalised dates" to add an owned date column (the original is left as is).`,
      });
    }
  }
  const closedField = field("closed");
  const formula = flagFormula({
    scheme,
    readingRef: `RC{{column:${READING_COLUMN_KEY}}}`,
    deadlineRef,
    deadlineTextRef: deadlineUser,
    doneDateRef: ref("doneDate"),
    closedRef: ref("closed"),
    closedYes: closedField ? yesWords(ledger, closedField.name) : [],
    closedDateRef: ref("closedDate"),
    itemRef: ref("measure") ?? ref("problem") ?? ref("office"),
    asOf: options.fixedDate ? dateCall(options.asOf) : "TODAY()",
  });
  columns.push({
    ...base,
    key: FLAGS_COLUMN_KEY,
    header: `${OWNED_MARK}${scheme.title}`,
    formulaR1C1: formula.text,
    width: 72,
    conditionalFormat: formatRules(scheme, formula.labels),
  });
  return { sheets: [], columns, notes };
}

/**
 * The deadlines as dates, a formula a row: a date cell as it is (a later edit followed), a text
 * the reader read as its date while that text is still there — so a deadline retyped as another
 * text no formula reads becomes empty, and the flag says 时限无法识别 rather than keep an old date.
 */
function deadlineFormulas(
  ledger: LocatedLedger,
  fieldName: string,
  userRef: string,
  firstRow: number,
  rowCount: number,
): (string | null)[] {
  const formulas: (string | null)[] = new Array<string | null>(rowCount).fill(null);
  for (const r of ledger.rows) {
    const cell = r.cells[fieldName];
    const iso = typeof cell?.value === "string" ? cell.value : null;
    const raw = typeof cell?.raw === "string" ? cell.raw : null;
    const read =
      iso !== null && raw !== null && isoToSerial(iso) !== null && raw.length <= 200
        ? `IF(${userRef}&""=${quote(raw)},${dateCall(iso)},"")`
        : '""';
    formulas[r.rowNumber - 1 - firstRow] = `=IF(ISNUMBER(${userRef}),${userRef},${read})`;
  }
  return formulas;
}

/** The texts of a yes/no column that read as yes (是, √, 已销号…), in a stable order. */
function yesWords(ledger: LocatedLedger, fieldName: string): string[] {
  const yes = new Set<string>();
  for (const row of ledger.rows) {
    const cell = row.cells[fieldName];
    if (cell?.value === true && cell.text.trim() !== "") yes.add(cell.text.trim());
  }
  return [...yes].sort();
}

function dateCall(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y ?? 1900},${m ?? 1},${d ?? 1})`;
}

function formatRules(scheme: FlagSchemeInput, labels: string[]): FlagFormatRule[] {
  return labels.flatMap((label) => {
    const color = scheme.colors[label];
    return color ? [{ label, fill: color.fill, fontColor: color.font }] : [];
  });
}
