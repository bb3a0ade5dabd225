import type { Status } from "../model/ledger";
import { OWNED_MARK } from "./ownedMark";
import type { FlagFormatRule, OwnedColumnPlan, Plan, PlanNote } from "./types";
import type { FlagSchemeInput, LocatedLedger } from "./inputs";
import { isoToSerial } from "../dates";
import { DATE_FORMAT } from "./formats";
import { flagFormula, type StatusWords } from "./flagFormula";

export interface FlagsPlanOptions {
  /** ISO as-of date the deadline flags are computed against. */
  asOf: string;
  /** Use TODAY() in the formula instead of the fixed as-of date, so lights move with the calendar. */
  liveDate?: boolean;
  /** Explicit action: add an owned column of normalised deadline dates (the user's column is
   * never rewritten) and compute the flags from it. */
  normaliseDeadlines?: boolean;
}

export const FLAGS_COLUMN_KEY = "flags";
export const DEADLINE_COLUMN_KEY = "deadlineDates";

/**
 * The flag column for a user's ledger: one R1C1 formula over the status (and deadline) cells,
 * covering the status words this sheet actually uses, so a colleague without the add-in who edits
 * a status still sees the right flag and colour. One conditional-format rule per flag label.
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

  const words = statusWords(ledger, statusField.name);
  const columns: OwnedColumnPlan[] = [];
  const deadlineField = field("deadline");
  let deadlineRef: string | undefined;
  const deadlineColumn = column("deadline");
  if (deadlineField && deadlineColumn !== undefined) {
    deadlineRef = `RC${deadlineColumn + 1}`;
    const textual = ledger.rows.some((r) => {
      const cell = r.cells[deadlineField.name];
      return (
        typeof cell?.raw === "string" &&
        typeof cell.value === "string" &&
        isoToSerial(cell.value) !== null
      );
    });
    const needsDates = scheme.basis === "deadline" || scheme.labels.doneLate !== undefined;
    if (textual && options.normaliseDeadlines) {
      // Each date as =DATE(…): a formula, so a date a person types over it is theirs.
      const formulas: (string | null)[] = new Array<string | null>(rowCount).fill(null);
      for (const r of ledger.rows) {
        const v = r.cells[deadlineField.name]?.value;
        if (typeof v === "string" && isoToSerial(v) !== null)
          formulas[r.rowNumber - 1 - firstRow] = `=${dateCall(v)}`;
      }
      columns.push({
        key: DEADLINE_COLUMN_KEY,
        sheet: ledger.sheet,
        headerRow: ledger.headerRow,
        header: `${OWNED_MARK}${deadlineField.title}（日期）`,
        firstRow,
        rowCount,
        rowFormulas: formulas,
        numberFormat: DATE_FORMAT,
        width: 90,
      });
      deadlineRef = `RC{{column:${DEADLINE_COLUMN_KEY}}}`;
    } else if (textual && needsDates) {
      notes.push({
        key: "deadlineText",
        zh: `“${deadlineField.title}”列中有文本形式的日期，这些行无法判断超期/临期。可选择“生成规范日期列”，由台账助手在右侧新增一列日期（原列不改动）。`,
        en: `"${deadlineField.title}" holds dates as text; those rows cannot be judged overdue. Choose "add normalised dates" to add an owned date column (the original is left as is).`,
      });
    }
  }
  const ref = (role: string) => {
    const c = column(role);
    return c === undefined ? undefined : `RC${c + 1}`;
  };
  const closedField = field("closed");
  const formula = flagFormula({
    scheme,
    statusRef: `RC${statusColumn + 1}`,
    words,
    deadlineRef,
    doneDateRef: ref("doneDate"),
    closedRef: ref("closed"),
    closedYes: closedField ? yesWords(ledger, closedField.name) : [],
    closedDateRef: ref("closedDate"),
    itemRef: ref("measure") ?? ref("problem") ?? ref("office"),
    asOf: options.liveDate ? "TODAY()" : dateCall(options.asOf),
  });
  if (formula.dropped.length > 0) {
    notes.push({
      key: "statusWordsDropped",
      zh: `状态用语过多，以下少见用语未纳入公式：${formula.dropped.join("、")}`,
      en: `Too many status words; these rare ones are not in the formula: ${formula.dropped.join(", ")}`,
    });
  }
  columns.push({
    key: FLAGS_COLUMN_KEY,
    sheet: ledger.sheet,
    headerRow: ledger.headerRow,
    header: `${OWNED_MARK}${scheme.title}`,
    firstRow,
    rowCount,
    formulaR1C1: formula.text,
    width: 72,
    conditionalFormat: formatRules(scheme, formula.labels),
  });
  return { sheets: [], columns, notes };
}

/** Distinct status texts per canonical state, most frequent first (ties by text, so reruns match). */
function statusWords(ledger: LocatedLedger, statusField: string): StatusWords {
  const counts = new Map<string, { status: Status; n: number }>();
  for (const row of ledger.rows) {
    const cell = row.cells[statusField];
    if (!cell) continue;
    const text = cell.text.trim();
    const status = cell.value;
    if (text === "" || !isStatus(status)) continue;
    const seen = counts.get(text);
    if (seen) seen.n++;
    else counts.set(text, { status, n: 1 });
  }
  const words: StatusWords = { done: [], inProgress: [], notStarted: [], closed: [] };
  [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .forEach(([text, { status }]) => words[status].push(text));
  return words;
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

function isStatus(value: unknown): value is Status {
  return value === "done" || value === "inProgress" || value === "notStarted" || value === "closed";
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
