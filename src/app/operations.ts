import { TaizhangError } from "../core/errors";
import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import type { PlanNote } from "../core/plan";
import type { UserColumn } from "../core/read";
import { headerLabels, withoutLedger, type LedgerBinding } from "./bindings";
import type { AppContext } from "./context";
import type { CoreWork, SheetFacts } from "./coreWork";
import {
  FLAGGED_KINDS,
  flagColumnScheme,
  flagsWorkWrite,
  optionsOf,
  type FlagsChoice,
} from "./flags";
import type { WorkbookHost, WorkbookState } from "./host";
import { issueReportWrite } from "./issueReport";
import { kindTitle } from "./kinds";
import { checkCancelled, rowsListener, type RunOptions } from "./progress";
import type { LedgerSource } from "./readLedgers";
import type { Recognition } from "./recognition";
import type { SummaryChoice, SummaryFigures } from "./summary";
import { assertStillLedger, ledgerTargets, type LedgerTarget } from "./targets";
import { keptSheet, patchRows, type KeptSheet } from "./rowPatch";
import { templateWrite } from "./template";
import type { Issue, RowsRechecked, Validation } from "./validation";

/** A bound ledger as the pane lists it. */
export interface BoundLedger {
  sheet: string;
  kind: string;
  kindTitle: string;
  /** The flag scheme last applied to it, if any. */
  scheme?: "flags" | "lights";
  /** It holds columns the add-in added (flags, normalised dates): 移除标识 can clear them. */
  flagged: boolean;
}

/** The workbook as the pane first shows it. */
export interface WorkbookOverview {
  sheets: string[];
  active: string;
  bound: BoundLedger[];
  /** The as-of date stored with the workbook, once someone has set one. */
  asOf?: string;
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

/** What the user said about a sheet in 台账识别: its kind, and columns assigned by hand. */
export interface RecognitionChoice {
  kind?: string;
  columns?: readonly UserColumn[];
}

/** With nothing bound, the sheet chosen in 台账识别 (else the active one) is the one used. */
export interface TargetChoice {
  sheet?: string;
}

/**
 * Every workbook operation a front end can ask for (the task pane, the ribbon commands), as
 * plain async functions written once against a WorkbookHost. The long ones take RunOptions: a
 * signal to cancel (between stages, and between the blocks of a long read) and a progress
 * listener. Empty results are refusals ("未找到台账数据"), never a success with nothing in it.
 */
export interface LedgerOperations {
  listSheets(): Promise<WorkbookOverview>;
  /** Reads a sheet and says what it is; the choice overrides the guess. */
  recognise(sheet: string, choice?: RecognitionChoice, options?: RunOptions): Promise<Recognition>;
  /** Registers the sheet as a ledger (登记为台账), with the kind and columns as chosen. */
  bind(sheet: string, choice?: RecognitionChoice, options?: RunOptions): Promise<Recognition>;
  /** Forgets a ledger (取消登记), clearing the columns the add-in added to it first. */
  unbind(sheet: string): Promise<{ clearedColumns: number }>;
  /** Clears the add-in's flag columns (移除标识) from one ledger, or from every bound one. */
  removeFlags(sheet?: string): Promise<{ sheets: string[] }>;
  /** Stores the workbook's as-of date (null: back to today's date each time). */
  setAsOf(asOf: string | null): Promise<void>;
  /** Validates the bound ledgers (or the chosen sheet when none is bound), foreign keys included. */
  validate(target?: TargetChoice, options?: RunOptions): Promise<Validation>;
  selectCell(sheet: string, rowNumber: number, fieldNumber: number | null): Promise<void>;
  writeIssueReport(issues: readonly Issue[], options?: RunOptions): Promise<WriteOutcome>;
  applyFlags(choice: FlagsChoice & TargetChoice, options?: RunOptions): Promise<FlagsOutcome>;
  summarize(choice: SummaryChoice & TargetChoice, options?: RunOptions): Promise<SummaryOutcome>;
  insertTemplate(kind: string): Promise<WriteOutcome>;
  /** Re-checks edited rows of the bound ledgers; resolves to a function that stops watching. */
  watchEdits(onRecheck: (update: RowsRechecked) => void): Promise<() => Promise<void>>;
}

/** More edited rows than this at once (a paste) are read with the whole ledger, in blocks. */
const MOST_ROWS_PATCHED = 1_000;

function notesText(notes: readonly PlanNote[], context: AppContext): string[] {
  return [...new Set(notes.map((n) => n[context.lang]))];
}

/** A ledger with rows is something to work on; a sheet that is neither gets the refusal. */
function requireLedgerData(facts: readonly SheetFacts[], sheets: readonly string[]): void {
  if (facts.some((f) => isLedgerKind(f.kind) && f.rows > 0)) return;
  throw new TaizhangError("noLedgerData", sheets.join("”“"));
}

function sourceOf(input: LedgerSource["input"], target: LedgerTarget | undefined): LedgerSource {
  return {
    input,
    ...(target?.kind === undefined ? {} : { kind: target.kind }),
    ...(target?.binding?.columns ? { columns: target.binding.columns } : {}),
  };
}

/**
 * The operations on one workbook. `work` is where the core's share runs: inlineCoreWork for
 * the ribbon and tests, a worker for the task pane (so this module never loads the reader).
 */
export function createLedgerOperations(
  host: WorkbookHost,
  context: AppContext,
  work: CoreWork,
): LedgerOperations {
  // The targets as last seen: 生成汇总 reads them with its survey, so a right guess costs nothing.
  let lastTargets: string[] | undefined;
  const targetsOf = (state: WorkbookState, chosen?: string): LedgerTarget[] => {
    const targets = ledgerTargets(state, chosen);
    lastTargets = targets.map((t) => t.sheet);
    return targets;
  };
  const stateAndTargets = async (chosen?: string) => {
    const state = await host.state();
    return { state, targets: targetsOf(state, chosen) };
  };
  const readTargets = async (targets: readonly LedgerTarget[], options: RunOptions) => {
    const inputs = await host.readSheets(
      targets.map((t) => t.sheet),
      { onRows: rowsListener(options) },
    );
    checkCancelled(options.signal);
    // A bound sheet whose header is no longer the ledger's is not checked as it.
    inputs.forEach((input, i) => targets[i] && assertStillLedger(targets[i], input));
    return inputs.map((input, i) => sourceOf(input, targets[i]));
  };
  // The rows of the sheets (title and header rows included): what the progress line counts.
  const rowsOf = (sources: readonly LedgerSource[]) =>
    sources.reduce((n, s) => n + s.input.values.length, 0);
  const recogniseOne = async (sheet: string, choice: RecognitionChoice, options: RunOptions) => {
    const [input] = await host.readSheets([sheet], { onRows: rowsListener(options) });
    checkCancelled(options.signal);
    const source: LedgerSource = {
      input: input ?? { name: sheet, values: [] },
      ...(choice.kind === undefined || choice.kind === "" ? {} : { kind: choice.kind }),
      ...(choice.columns ? { columns: choice.columns } : {}),
    };
    options.onProgress?.({ stage: "recognise", sheet, total: rowsOf([source]) });
    return { source, recognition: await work.recognise(source, options.signal) };
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
            flagged: (t.binding?.ownedColumns.length ?? 0) > 0,
          })),
        ...(state.bindings.asOf === undefined ? {} : { asOf: state.bindings.asOf }),
      };
    },

    recognise: async (sheet, choice = {}, options = {}) =>
      (await recogniseOne(sheet, choice, options)).recognition,

    async bind(sheet, choice = {}, options = {}) {
      const { source, recognition } = await recogniseOne(sheet, choice, options);
      // Nothing to register: an empty sheet, or one whose header matches no ledger.
      if (!recognition.isLedger || recognition.dataRows === 0)
        throw new TaizhangError("noLedgerData", sheet);
      checkCancelled(options.signal);
      options.onProgress?.({ stage: "write", sheet });
      await host.saveBinding({
        sheet,
        kind: recognition.kind,
        headerRow: recognition.binding.headerRow,
        mapping: recognition.binding.mapping,
        columns: recognition.userColumns,
        header: headerLabels(source.input.values, recognition.binding.headerRow),
      });
      return recognition;
    },

    async unbind(sheet) {
      const clearedColumns = await host.removeOwnedColumns(sheet);
      const state = await host.state();
      const id = state.sheets.find((s) => s.name === sheet)?.id;
      await host.updateBindings((b) => withoutLedger(b, sheet, id));
      return { clearedColumns };
    },

    async removeFlags(sheet) {
      const { targets } = await stateAndTargets();
      const flagged = targets.filter(
        (t) =>
          (t.binding?.ownedColumns.length ?? 0) > 0 && (sheet === undefined || t.sheet === sheet),
      );
      const cleared: string[] = [];
      for (const target of flagged)
        if ((await host.removeOwnedColumns(target.sheet)) > 0) cleared.push(target.sheet);
      return { sheets: cleared };
    },

    async setAsOf(asOf) {
      await host.updateBindings((b) => {
        const { asOf: _old, ...rest } = b;
        return asOf === null ? rest : { ...rest, asOf };
      });
    },

    async validate(target = {}, options = {}) {
      const { targets } = await stateAndTargets(target.sheet);
      const sources = await readTargets(targets, options);
      options.onProgress?.({ stage: "check", total: rowsOf(sources) });
      const bound = targets.filter((t) => t.binding !== undefined).map((t) => t.sheet);
      const { validation, facts } = await work.validate(sources, bound, options.signal);
      checkCancelled(options.signal);
      requireLedgerData(
        facts,
        targets.map((t) => t.sheet),
      );
      return validation;
    },

    selectCell: (sheet, rowNumber, fieldNumber) => host.selectCell(sheet, rowNumber, fieldNumber),

    async writeIssueReport(issues, options = {}) {
      checkCancelled(options.signal);
      options.onProgress?.({ stage: "write" });
      const result = await host.write(issueReportWrite(issues, context.lang));
      return { sheets: Object.values(result.sheetNames), notes: notesText(result.notes, context) };
    },

    async applyFlags(choice, options = {}) {
      const { targets: found } = await stateAndTargets(choice.sheet);
      const scheme = flagColumnScheme(choice, context.lang);
      const planOptions = optionsOf(choice);
      const notes: PlanNote[] = [];
      const flagged: string[] = [];
      const targets = found.filter((t) => t.kind === undefined || FLAGGED_KINDS.has(t.kind));
      const facts: SheetFacts[] = [];
      for (const target of targets) {
        checkCancelled(options.signal);
        // One ledger at a time: each is its own read and write, so a refusal names its sheet.
        const result = await host.write(
          flagsWorkWrite(
            target.sheet,
            scheme.id,
            choice,
            async (input) => {
              assertStillLedger(target, input);
              const source = sourceOf(input, target);
              options.onProgress?.({ stage: "flag", sheet: target.sheet, total: rowsOf([source]) });
              const built = await work.flags(source, scheme, planOptions, options.signal);
              checkCancelled(options.signal);
              facts.push(built.facts);
              // A sheet that is no ledger at all is refused before anything is written.
              if (targets.length === 1) requireLedgerData([built.facts], [target.sheet]);
              options.onProgress?.({ stage: "write", sheet: target.sheet });
              return built;
            },
            rowsListener(options),
          ),
        );
        const prefix = targets.length > 1 ? `${target.sheet}：` : "";
        notes.push(...result.notes.map((n) => ({ ...n, zh: prefix + n.zh, en: prefix + n.en })));
        if (Object.keys(result.columns).length > 0) flagged.push(target.sheet);
      }
      if (targets.length === 0)
        requireLedgerData(
          [],
          found.map((t) => t.sheet),
        );
      return { sheets: [], flagged, notes: notesText(notes, context) };
    },

    async summarize(choice, options = {}) {
      let targets: LedgerTarget[] = [];
      let figures: SummaryFigures | undefined;
      const result = await host.write({
        // Chosen from the state the write reads anyway: the bindings come with it.
        sheets: (state) => {
          targets = targetsOf(state, choice.sheet);
          return targets.map((t) => t.sheet);
        },
        ...(lastTargets ? { expected: lastTargets } : {}),
        onRows: rowsListener(options),
        build: async (sheets) => {
          checkCancelled(options.signal);
          sheets.forEach((s, i) => targets[i] && assertStillLedger(targets[i], s.input));
          const sources = sheets.map((s, i) => sourceOf(s.input, targets[i]));
          options.onProgress?.({ stage: "summarise", total: rowsOf(sources) });
          const built = await work.summary(sources, choice, options.signal);
          checkCancelled(options.signal);
          requireLedgerData(
            built.facts,
            targets.map((t) => t.sheet),
          );
          figures = built.figures;
          options.onProgress?.({ stage: "write" });
          return { plan: built.plan, activate: true };
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
      // The whole edited ledger is checked again, not just the edited rows: a repeated 问题编号
      // or 整改措施 involves a row the user did not touch, and so does an edit that ends one. It
      // is not read again whole: the first re-check reads it, later ones read the edited rows
      // (and the title and header rows) and put them into that copy — when the host says it saw
      // every change, Excel's used range and merged areas agree and no formula of the user's lies
      // outside the rows read (rowPatch). Else, and for thousands of rows at once, the whole
      // ledger is read again.
      const kept = new Map<string, KeptSheet>();
      const readWhole = async (sheet: string) => {
        const [input] = await host.readSheets([sheet]);
        if (input) kept.set(sheet, keptSheet(input));
        return input;
      };
      const readEdited = async (binding: LedgerBinding, rows: number[], complete: boolean) => {
        const last = kept.get(binding.sheet);
        kept.delete(binding.sheet);
        if (!last || !complete || rows.length === 0 || rows.length > MOST_ROWS_PATCHED)
          return readWhole(binding.sheet);
        const top = Array.from({ length: binding.headerRow + 1 }, (_, i) => i + 1);
        const asked = [...new Set([...top, ...rows])].sort((a, b) => a - b);
        const read = await host.readRows(binding.sheet, asked);
        const patched = patchRows(last, read, asked, binding.headerRow);
        if (!patched) return readWhole(binding.sheet);
        kept.set(binding.sheet, patched);
        return patched.input;
      };
      const recheck = async (binding: LedgerBinding, rows: number[], complete: boolean) => {
        // A re-check that fails leaves no copy behind: the next one reads the ledger whole.
        const input = await readEdited(binding, rows, complete);
        if (!input) return;
        const update = await work.recheck(
          sourceOf(input, { sheet: binding.sheet, kind: binding.kind, binding }),
          rows,
        );
        if (update) onRecheck(update);
      };
      const stop = await host.watchEdits(bound, (sheet, rows, complete) => {
        const binding = bound.find((b) => b.sheet === sheet);
        // A failed re-check leaves the list as it was; the next 校验 reads everything again.
        return binding ? recheck(binding, rows, complete).catch(() => undefined) : undefined;
      });
      return async () => {
        kept.clear();
        await stop();
      };
    },
  };
}
