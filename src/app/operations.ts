import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import { locate, type PlanNote } from "../core/plan";
import { validateLedgers, type ReadLedgerResult } from "../core/read";
import { headerLabels, type LedgerBinding } from "./bindings";
import type { AppContext } from "./context";
import { FLAGGED_KINDS, flagColumnScheme, flagsWrite, type FlagsChoice } from "./flags";
import type { WorkbookHost, WorkbookState } from "./host";
import { issueReportWrite } from "./issueReport";
import { kindTitle } from "./kinds";
import { readLedgers, readSource, registryNames } from "./readLedgers";
import { recognitionOf, type Recognition } from "./recognition";
import { summaryWork, type SummaryChoice, type SummaryFigures } from "./summary";
import { assertStillLedger, ledgerTargets, type LedgerTarget } from "./targets";
import { templateWrite } from "./template";
import {
  issuesOf,
  validationOf,
  type Issue,
  type RowsRechecked,
  type Validation,
} from "./validation";

/** A bound ledger as the pane lists it. */
export interface BoundLedger {
  sheet: string;
  kind: string;
  kindTitle: string;
  /** The flag scheme last applied to it, if any. */
  scheme?: "flags" | "lights";
}

/** Something written into the workbook, and what the user should read about it. */
export interface WriteOutcome {
  /** Sheets the add-in wrote (summary, issue list, slips, a template). */
  sheets: string[];
  notes: string[];
}

export interface FlagsOutcome extends WriteOutcome {
  /** Sheets that got a flag column. */
  flagged: string[];
}

export interface SummaryOutcome extends WriteOutcome {
  figures: SummaryFigures;
}

/**
 * Every workbook operation a front end can ask for (the task pane, the ribbon commands), as
 * plain async functions written once against a WorkbookHost.
 */
export interface LedgerOperations {
  listSheets(): Promise<{ sheets: string[]; active: string; bound: BoundLedger[] }>;
  /** Reads a sheet and says what it is; `kind` overrides the guess. */
  recognise(sheet: string, kind?: string): Promise<Recognition>;
  /** Saves the sheet as a ledger of `kind` (its header row and columns as recognised). */
  bind(sheet: string, kind: string): Promise<Recognition>;
  /** Validates the bound ledgers (or the active sheet when none is bound), foreign keys included. */
  validate(): Promise<Validation>;
  selectCell(sheet: string, rowNumber: number, fieldNumber: number | null): Promise<void>;
  writeIssueReport(issues: readonly Issue[]): Promise<WriteOutcome>;
  applyFlags(choice: FlagsChoice): Promise<FlagsOutcome>;
  summarize(choice: SummaryChoice): Promise<SummaryOutcome>;
  insertTemplate(kind: string): Promise<WriteOutcome>;
  /** Re-checks edited rows of the bound ledgers; resolves to a function that stops watching. */
  watchEdits(onRecheck: (update: RowsRechecked) => void): Promise<() => Promise<void>>;
}

function notesText(notes: readonly PlanNote[], context: AppContext): string[] {
  return [...new Set(notes.map((n) => n[context.lang]))];
}

export function createLedgerOperations(host: WorkbookHost, context: AppContext): LedgerOperations {
  const { lang } = context;
  // The office registry and the ledgers as of the last 校验: a re-check of one edited ledger
  // keeps its 院名称 checks and its references into the others (a measure's 问题编号).
  let registry: string[] | undefined;
  let lastResults: ReadLedgerResult[] = [];
  // The targets as last seen: 生成汇总 reads them with its survey, so a right guess costs nothing.
  let lastTargets: string[] | undefined;
  const targetsOf = (state: WorkbookState): LedgerTarget[] => {
    const targets = ledgerTargets(state);
    lastTargets = targets.map((t) => t.sheet);
    return targets;
  };
  const stateAndTargets = async () => {
    const state = await host.state();
    return { state, targets: targetsOf(state) };
  };
  const readOne = async (sheet: string, kind?: string) => {
    const [read] = await host.readSheets([sheet]);
    const input = read ?? { name: sheet, values: [] };
    return {
      input,
      result: readSource({ input, ...(kind === undefined ? {} : { kind }) }, context),
    };
  };

  return {
    async listSheets() {
      const { state, targets } = await stateAndTargets();
      return {
        sheets: state.sheets.map((s) => s.name),
        active: state.active,
        bound: targets
          .filter((t) => t.binding !== undefined)
          .map((t) => ({
            sheet: t.sheet,
            kind: t.kind ?? "",
            kindTitle: kindTitle(t.kind ?? ""),
            ...(t.binding?.scheme === "flags" || t.binding?.scheme === "lights"
              ? { scheme: t.binding.scheme }
              : {}),
          })),
      };
    },

    async recognise(sheet, kind) {
      return recognitionOf((await readOne(sheet, kind)).result);
    },

    async bind(sheet, kind) {
      const { input, result } = await readOne(sheet, kind);
      const recognition = recognitionOf(result);
      await host.saveBinding({
        sheet,
        kind: recognition.kind,
        headerRow: recognition.binding.headerRow,
        mapping: recognition.binding.mapping,
        header: headerLabels(input.values, recognition.binding.headerRow),
      });
      return recognition;
    },

    async validate() {
      const { targets } = await stateAndTargets();
      const inputs = await host.readSheets(targets.map((t) => t.sheet));
      inputs.forEach((input, i) => targets[i] && assertStillLedger(targets[i], input));
      const results = readLedgers(
        inputs.map((input, i) => ({ input, ...kindOf(targets[i]) })),
        context,
      );
      lastResults = results;
      registry = registryNames(results);
      return validationOf(
        results,
        new Set(targets.filter((t) => t.binding !== undefined).map((t) => t.sheet)),
      );
    },

    selectCell: (sheet, rowNumber, fieldNumber) => host.selectCell(sheet, rowNumber, fieldNumber),

    async writeIssueReport(issues) {
      const result = await host.write(issueReportWrite(issues, lang));
      return { sheets: Object.values(result.sheetNames), notes: notesText(result.notes, context) };
    },

    async applyFlags(choice) {
      const { targets: found } = await stateAndTargets();
      const scheme = flagColumnScheme(choice, lang);
      const notes: PlanNote[] = [];
      const flagged: string[] = [];
      const targets = found.filter((t) => t.kind === undefined || FLAGGED_KINDS.has(t.kind));
      for (const target of targets) {
        // One ledger at a time: each is its own read and write, so a refusal names its sheet.
        const result = await host.write(
          flagsWrite(target.sheet, scheme, choice, (input) => {
            assertStillLedger(target, input);
            return locate(readSource({ input, ...kindOf(target) }, context));
          }),
        );
        const prefix = targets.length > 1 ? `${target.sheet}：` : "";
        notes.push(...result.notes.map((n) => ({ ...n, zh: prefix + n.zh, en: prefix + n.en })));
        if (Object.keys(result.columns).length > 0) flagged.push(target.sheet);
      }
      return { sheets: [], flagged, notes: notesText(notes, context) };
    },

    async summarize(choice) {
      let targets: LedgerTarget[] = [];
      let figures: SummaryFigures | undefined;
      const result = await host.write({
        // Chosen from the state the write reads anyway: the bindings come with it.
        sheets: (state) => {
          targets = targetsOf(state);
          return targets.map((t) => t.sheet);
        },
        ...(lastTargets ? { expected: lastTargets } : {}),
        build: (sheets) => {
          sheets.forEach((s, i) => targets[i] && assertStillLedger(targets[i], s.input));
          const results = readLedgers(
            sheets.map((s, i) => ({ input: s.input, ...kindOf(targets[i]) })),
            context,
          );
          const work = summaryWork(results, choice, lang);
          figures = work.figures;
          return { plan: work.plan, activate: true };
        },
      });
      if (!figures) throw new Error("summary was not built");
      return {
        sheets: Object.values(result.sheetNames),
        notes: notesText(result.notes, context),
        figures,
      };
    },

    async insertTemplate(kind) {
      if (!isLedgerKind(kind)) throw new Error(`unknown ledger kind ${kind}`);
      const result = await host.write(templateWrite(LEDGER_SCHEMAS[kind]));
      return { sheets: Object.values(result.sheetNames), notes: notesText(result.notes, context) };
    },

    async watchEdits(onRecheck) {
      const { targets } = await stateAndTargets();
      const bound = targets
        .map((t) => t.binding)
        .filter((b): b is LedgerBinding => b !== undefined);
      // The whole edited ledger is read and checked again, not just the edited rows: a repeated
      // 问题编号 or 整改措施 involves a row the user did not touch, and so does an edit that
      // ends one. One read, like the edited rows alone would take.
      const recheck = async (binding: LedgerBinding, rows: number[]) => {
        const [input] = await host.readSheets([binding.sheet]);
        if (!input) return;
        const others = lastResults.filter((r) => r.sheet !== binding.sheet);
        const own = readSource({ input, kind: binding.kind }, context, {
          ...(binding.kind === "office" || registry === undefined ? {} : { registry }),
        });
        const [result] = validateLedgers([own, ...others]);
        if (!result) return;
        // A complete list replaces what the pane shows for every row of the ledger; a list cut at
        // 1,000 errors only for the edited rows.
        const covered = result.truncated
          ? rows
          : Array.from({ length: input.values.length }, (_, i) => i + 1);
        const coveredSet = new Set(covered);
        const issues = issuesOf(result).filter(
          (i) => i.rowNumber !== null && coveredSet.has(i.rowNumber),
        );
        onRecheck({ sheet: binding.sheet, rows: covered, issues });
      };
      return host.watchEdits(bound, (sheet, rows) => {
        const binding = bound.find((b) => b.sheet === sheet);
        // A failed re-check leaves the list as it was; the next 校验 reads everything again.
        if (binding) void recheck(binding, rows).catch(() => undefined);
      });
    },
  };
}

function kindOf(target: LedgerTarget | undefined): { kind?: string } {
  return target?.kind === undefined ? {} : { kind: target.kind };
}
