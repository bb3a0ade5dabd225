// What a summary's figures leave out, said beside them: a column the reader found in no sheet
// (the descriptors say what each one's absence costs), status words nobody can read, ledgers
// that say nothing of progress at all. A wrong total is worse than a figure with a caveat.
import type { FieldRole, Ledger } from "../model/ledger";
import type { LocalText } from "../rollup/localText";
import type { RowRef } from "../rollup/rowRef";
import { scanLedger, type RollupContext } from "../rollup/scan";
import { ledgerSchema } from "../ledgers";
import { fillTemplate } from "../text";

interface CaveatPlace {
  file: string | null;
  sheet: string;
  kind: string;
  /**
   * The caveat changes the headline figures (offices, problems, measures, their states, overdue):
   * the narrative says it; the others (a 原因分析 or 责任人 column missing) are listed beside
   * the tables.
   */
  headline: boolean;
  /** What the user reads, zh-CN and English (from CAVEAT_MESSAGES). */
  message: LocalText;
}

export type Caveat = CaveatPlace &
  (
    | {
        /** No column holds the field: the figures leave out what `leavesOut` says. */
        type: "missing-field";
        field: string;
        title: string;
        role: FieldRole;
        leavesOut: LocalText;
      }
    | {
        /** Status words the reader could not read (errors at their cells): counted apart. */
        type: "unknown-status";
        count: number;
        rows: RowRef[];
      }
    | {
        /** No status, 完成时间 or 销号 column: the state of every item is unknown. */
        type: "no-progress";
        count: number;
        rows: RowRef[];
      }
    | {
        /**
         * Keys (问题编号) that more than one file of a consolidation holds: each file's rows are
         * counted, so the figures they touch may count an item twice. Placed at the sheet that
         * lists them (重复编号), not at a ledger.
         */
        type: "repeated-keys";
        count: number;
      }
  );

export type CaveatType = Caveat["type"];

/** Every caveat's words, one entry per type ({where} is the sheet, with its file when known). */
export const CAVEAT_MESSAGES: Readonly<Record<CaveatType, LocalText>> = {
  "missing-field": {
    zh: "{where}未找到“{title}”列：{leavesOutZh}",
    en: '{whereEn} has no "{title}" column: {leavesOutEn}',
  },
  "unknown-status": {
    zh: "{where}有{count}条事项的进展状态无法识别，未计入已完成、正在推进、未完成和完成率，也未标识",
    en: "{whereEn}: the status of {count} items cannot be read; they are left out of done, in progress, not done and the completion rate, and carry no flag",
  },
  "no-progress": {
    zh: "{where}没有进展状态、完成时间或销号列，{count}条事项的进展无法判断，未计入完成率和标识",
    en: "{whereEn} has no status, done-date or closing column: the progress of its {count} items cannot be judged and is left out of the completion rate and the flags",
  },
  "repeated-keys": {
    zh: "{count}个编号出现在不止一个文件中（见{where}工作表），各文件中的这些行都已计入，相关的问题数、措施数等可能重复计算，请核实",
    en: "{count} keys appear in more than one file (see the sheet {whereEn}); their rows are counted in every file, so the problems, measures and other figures they touch may count an item twice: check them",
  },
};

/**
 * The caveat of a consolidation whose files share `count` keys (listed on the sheet `sheet`):
 * said in the narrative, since every headline figure may hold the same item twice.
 */
export function repeatedKeysCaveat(count: number, sheet: string, kind: string): Caveat {
  const values = { count, where: `“${sheet}”`, whereEn: `"${sheet}"` };
  return {
    file: null,
    sheet,
    kind,
    type: "repeated-keys",
    headline: true,
    count,
    message: {
      zh: fillTemplate(CAVEAT_MESSAGES["repeated-keys"].zh, values),
      en: fillTemplate(CAVEAT_MESSAGES["repeated-keys"].en, values),
    },
  };
}

/** Ledger kinds whose items have a progress state the summary counts. */
const PROGRESS_KINDS: ReadonlySet<string> = new Set(["problem", "measure", "petition"]);
/** Columns whose absence changes the headline figures. */
const HEADLINE_ROLES: ReadonlySet<FieldRole> = new Set([
  "office",
  "problem",
  "measure",
  "status",
  "deadline",
  "amount",
  "count",
]);
const PROGRESS_ROLES: ReadonlySet<FieldRole> = new Set([
  "status",
  "doneDate",
  "closed",
  "closedDate",
]);

function place(ledger: Ledger): { file: string | null; sheet: string; kind: string } {
  return { file: ledger.file ?? null, sheet: ledger.sheet, kind: ledger.kind };
}

function message(
  type: CaveatType,
  ledger: Ledger,
  values: Record<string, string | number>,
  shared: boolean,
): LocalText {
  // A sheet holding two tables is named with the ledger each caveat is about.
  const title = ledgerSchema(ledger.kind)?.title;
  const which =
    shared && title !== undefined ? { zh: `（${title}）`, en: ` (${title})` } : { zh: "", en: "" };
  const where =
    (ledger.file === undefined ? `“${ledger.sheet}”` : `“${ledger.sheet}”（${ledger.file}）`) +
    which.zh;
  const whereEn =
    (ledger.file === undefined ? `"${ledger.sheet}"` : `${ledger.file}, "${ledger.sheet}"`) +
    which.en;
  const all = { where, whereEn, ...values };
  return {
    zh: fillTemplate(CAVEAT_MESSAGES[type].zh, all),
    en: fillTemplate(CAVEAT_MESSAGES[type].en, all),
  };
}

/** The caveats of the ledgers a summary reads, ledger by ledger in their order. */
export function caveatsOf(ledgers: readonly Ledger[], context: RollupContext): Caveat[] {
  const caveats: Caveat[] = [];
  const sheetKey = (l: Ledger) => `${l.file ?? ""}\u001f${l.sheet}`;
  const perSheet = new Map<string, number>();
  for (const ledger of ledgers)
    perSheet.set(sheetKey(ledger), (perSheet.get(sheetKey(ledger)) ?? 0) + 1);
  for (const ledger of ledgers) {
    const shared = (perSheet.get(sheetKey(ledger)) ?? 0) > 1;
    const progress = PROGRESS_KINDS.has(ledger.kind);
    const scan = progress ? scanLedger(ledger, context) : undefined;
    const unknown: RowRef[] = [];
    if (scan !== undefined)
      for (let index = 0; index < ledger.rows.length; index++)
        if (scan.status(index) === "unknown") unknown.push(scan.ref(index));
    const tellsProgress = ledger.fields.some(
      (f) => PROGRESS_ROLES.has(f.role) && f.missing !== true,
    );
    const silent = progress && !tellsProgress;
    for (const field of ledger.fields) {
      if (field.missing !== true || field.whenMissing === undefined) continue;
      // A ledger that says nothing of progress gets one caveat for it, not one per column.
      if (silent && PROGRESS_ROLES.has(field.role)) continue;
      caveats.push({
        ...place(ledger),
        type: "missing-field",
        headline: HEADLINE_ROLES.has(field.role),
        field: field.name,
        title: field.title,
        role: field.role,
        leavesOut: field.whenMissing,
        message: message(
          "missing-field",
          ledger,
          {
            title: field.title,
            leavesOutZh: field.whenMissing.zh,
            leavesOutEn: field.whenMissing.en,
          },
          shared,
        ),
      });
    }
    if (unknown.length === 0) continue;
    const type = silent ? "no-progress" : "unknown-status";
    caveats.push({
      ...place(ledger),
      type,
      headline: true,
      count: unknown.length,
      rows: unknown,
      message: message(type, ledger, { count: unknown.length }, shared),
    });
  }
  return caveats;
}
