import {
  flagsPlan,
  locate,
  type FlagSchemeInput,
  type FlagsPlanOptions,
  type Plan,
} from "../core/plan";
import { validateLedgers, type ReadLedgerResult } from "../core/read";
import type { AppContext } from "./context";
import { checkCancelled } from "./progress";
import { readLedgers, readSource, registryNames, type LedgerSource } from "./readLedgers";
import { recognitionOf, type Recognition } from "./recognition";
import { summaryWork, type SummaryChoice, type SummaryFigures } from "./summary";
import type { RowsRechecked, Validation } from "./validation";
import { issuesOf, validationOf } from "./validationOf";

/** A sheet as a workflow reports it: its name, what it was read as, its data rows. */
export interface SheetFacts {
  sheet: string;
  kind: string;
  rows: number;
}

/** What 标识 writes into one ledger, and where that ledger's table is. */
export interface FlagsWork {
  plan: Plan;
  facts: SheetFacts;
  headerRow: number;
  mapping: Record<string, number>;
}

export interface SummaryWork {
  plan: Plan;
  figures: SummaryFigures;
  facts: SheetFacts[];
}

/**
 * The core's share of every workflow: sheets in, what to show or write out. Pure work on data
 * already read, so a front end may run it where it likes: in the page (the ribbon, tests, the
 * command line) or off the page's thread (the task pane, so a 20,000-row ledger never freezes
 * it). `signal` stops it; work that has begun may finish but its result is not used.
 */
export interface CoreWork {
  recognise(source: LedgerSource, signal?: AbortSignal): Promise<Recognition>;
  /** Reads and checks the ledgers against each other; kept for the re-checks that follow. */
  validate(
    sources: readonly LedgerSource[],
    bound: readonly string[],
    signal?: AbortSignal,
  ): Promise<{ validation: Validation; facts: SheetFacts[] }>;
  /**
   * One edited ledger read and checked again, against the others as last validated; `rows` the
   * edited 1-based rows, or empty for "rows moved, check it whole".
   */
  recheck(source: LedgerSource, rows: readonly number[]): Promise<RowsRechecked | null>;
  flags(
    source: LedgerSource,
    scheme: FlagSchemeInput,
    options: FlagsPlanOptions,
    signal?: AbortSignal,
  ): Promise<FlagsWork>;
  summary(
    sources: readonly LedgerSource[],
    choice: SummaryChoice,
    signal?: AbortSignal,
  ): Promise<SummaryWork>;
}

export function factsOf(result: ReadLedgerResult): SheetFacts {
  return { sheet: result.sheet, kind: String(result.kind), rows: result.rowCount };
}

/** The core work run in the caller's own thread. */
export function inlineCoreWork(context: AppContext): CoreWork {
  // The office registry and the ledgers as of the last 校验: a re-check of one edited ledger
  // keeps its 院名称 checks and its references into the others (a measure's 问题编号).
  let registry: string[] | undefined;
  let lastResults: ReadLedgerResult[] = [];
  const { lang } = context;
  return {
    async recognise(source, signal) {
      checkCancelled(signal);
      return recognitionOf(readSource(source, context), source.columns);
    },

    async validate(sources, bound, signal) {
      checkCancelled(signal);
      const results = readLedgers(sources, context);
      checkCancelled(signal);
      lastResults = results;
      registry = registryNames(results);
      return { validation: validationOf(results, new Set(bound)), facts: results.map(factsOf) };
    },

    async recheck(source, rows) {
      const others = lastResults.filter((r) => r.sheet !== source.input.name);
      const own = readSource(source, context, {
        ...(source.kind === "office" || registry === undefined ? {} : { registry }),
      });
      const [result] = validateLedgers([own, ...others]);
      if (!result) return null;
      // A complete list replaces what the pane shows for every row of the ledger (also rows
      // past its end, when rows were deleted); a list cut at 1,000 errors only for the edited
      // rows — or for every row when no rows are named (rows moved: nothing else is right).
      const whole = !result.truncated || rows.length === 0;
      const covered = whole
        ? Array.from({ length: source.input.values.length }, (_, i) => i + 1)
        : [...rows];
      const coveredSet = new Set(covered);
      const issues = issuesOf(result).filter(
        (i) => i.rowNumber !== null && coveredSet.has(i.rowNumber),
      );
      return { sheet: source.input.name, rows: covered, issues, ...(whole ? { whole } : {}) };
    },

    async flags(source, scheme, options, signal) {
      checkCancelled(signal);
      const result = readSource(source, context);
      const ledger = locate(result);
      return {
        plan: flagsPlan(ledger, scheme, options),
        facts: factsOf(result),
        headerRow: ledger.headerRow,
        mapping: ledger.columns,
      };
    },

    async summary(sources, choice, signal) {
      checkCancelled(signal);
      const results = readLedgers(sources, context);
      checkCancelled(signal);
      const work = summaryWork(results, choice, lang);
      return { plan: work.plan, figures: work.figures, facts: results.map(factsOf) };
    },
  };
}
