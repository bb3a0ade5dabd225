import { flagScheme, flagSchemeForExcel, type SchemeName } from "../core/flags";
import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import { locate } from "../core/plan/locate";
import type { PlanNote } from "../core/plan";
import type { SheetInput } from "../core/model/cell";
import { readLedger, validateLedgers, type ReadLedgerResult } from "../core/read";
import { applyFlags } from "../excel/applyFlags";
import type { LedgerBinding } from "../excel/bindings";
import { generateSummary } from "../excel/generateSummary";
import { insertTemplate } from "../excel/insertTemplate";
import { createRecheck, watchSheet } from "../excel/onChanged";
import { readSheetList, type SheetList } from "../excel/readSheetList";
import { readSheets } from "../excel/readSheets";
import { saveBinding } from "../excel/saveBinding";
import { selectCell } from "../excel/selectCell";
import type { Supports } from "../excel/support";
import {
  issuesOf,
  validationOf,
  type Issue,
  type RowsRechecked,
  type Validation,
} from "./model/issues";
import { kindTitle } from "./model/kinds";
import { withoutOwnedColumns } from "./model/ownedColumns";
import { recognitionOf, type Recognition } from "./model/recognition";
import {
  issueReportWork,
  summaryWork,
  type SummaryChoice,
  type SummaryFigures,
} from "./model/summaryWork";
import type { Lang } from "../core/model";

/** A bound ledger as the pane lists it. */
export interface BoundLedger {
  sheet: string;
  kind: string;
  kindTitle: string;
  /** The flag scheme last applied to it, if any. */
  scheme?: SchemeName;
}

/** Something written into the workbook, and what the user should read about it. */
export interface WriteOutcome {
  /** Sheets the add-in wrote (summary, issue list, slips, a template). */
  sheets: string[];
  notes: string[];
}

export interface FlagsChoice {
  scheme: SchemeName;
  dueSoonDays: number;
  asOf: string;
  /** Explicit action: add an owned column of normalised deadline dates where the sheet's are text. */
  normaliseDeadlines?: boolean;
}

/** Ledgers whose rows are items with a progress state: the ones flags are for. */
const FLAGGED_KINDS: ReadonlySet<string> = new Set(["problem", "measure", "petition"]);

export interface FlagsOutcome extends WriteOutcome {
  /** Sheets that got a flag column. */
  flagged: string[];
}

export interface SummaryOutcome extends WriteOutcome {
  figures: SummaryFigures;
}

/**
 * Every workbook operation the task pane (and the ribbon commands) can ask for, as plain async
 * functions. Components receive this as a prop; only this module talks to src/excel.
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

export interface LedgerHostDeps {
  /** `Excel.run` of the host (the global in Excel, a fake's in tests). */
  excel: { run: typeof Excel.run };
  supports: Supports;
  lang: Lang;
  /** Year for yearless dates (3月底) a sheet gives no year for: chosen by the caller, never read deep down. */
  contextYear?: number;
  /** Debounce for re-checking edits (ms). */
  recheckDelayMs?: number;
}

interface Target {
  sheet: string;
  kind?: string;
  bound: boolean;
  binding?: LedgerBinding;
}

/** The bound ledgers under their current sheet names (found by sheet id), else the active sheet. */
function targetsOf(list: SheetList): Target[] {
  const targets: Target[] = [];
  for (const b of list.bindings.ledgers) {
    const sheet =
      list.sheets.find((s) => b.sheetId !== undefined && s.id === b.sheetId) ??
      list.sheets.find((s) => s.name === b.sheet);
    if (sheet)
      targets.push({
        sheet: sheet.name,
        kind: b.kind,
        bound: true,
        binding: { ...b, sheet: sheet.name },
      });
  }
  // In tab order, whatever order the bindings were saved in.
  const position = (name: string) => list.sheets.findIndex((s) => s.name === name);
  targets.sort((a, b) => position(a.sheet) - position(b.sheet));
  return targets.length > 0 ? targets : [{ sheet: list.active, bound: false }];
}

function notesText(notes: readonly PlanNote[], lang: Lang): string[] {
  return [...new Set(notes.map((n) => n[lang]))];
}

export function createLedgerOperations(deps: LedgerHostDeps): LedgerOperations {
  const { excel, supports, lang } = deps;
  const run = <T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    excel.run(body);
  const read = (input: SheetInput, kind?: string, registry?: readonly string[]): ReadLedgerResult =>
    readLedger(withoutOwnedColumns(input), {
      ...(kind !== undefined && isLedgerKind(kind) ? { kind } : {}),
      ...(deps.contextYear === undefined ? {} : { contextYear: deps.contextYear }),
      ...(registry === undefined ? {} : { registry }),
    });
  // The office registry and the ledgers as of the last 校验: a re-check of one edited ledger
  // keeps its 院名称 checks and its references into the others (a measure's 问题编号).
  let registryNames: string[] | undefined;
  let lastResults: ReadLedgerResult[] = [];
  // The add-in's own writes turn events off inside their own requests (executePlan's
  // eventsOff); anything that still arrives while one runs (or on hosts before ExcelApi 1.8) is
  // ignored by the re-check handlers.
  let ownWrites = 0;
  const write = <T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    run(async (ctx) => {
      ownWrites++;
      try {
        return await body(ctx);
      } finally {
        ownWrites--;
      }
    });
  // The targets as last seen: 生成汇总 reads them with its survey, so a right guess costs nothing.
  let lastTargets: string[] | undefined;
  const listTargets = (list: SheetList): Target[] => {
    const targets = targetsOf(list);
    lastTargets = targets.map((t) => t.sheet);
    return targets;
  };
  const readList = async () => {
    const list = await run(readSheetList);
    return { list, targets: listTargets(list) };
  };
  const readTargets = async () => {
    const { list, targets } = await readList();
    const inputs = await run((ctx) =>
      readSheets(
        ctx,
        targets.map((t) => t.sheet),
        supports,
      ),
    );
    return { list, targets, inputs };
  };

  return {
    async listSheets() {
      const { list, targets } = await readList();
      return {
        sheets: list.sheets.map((s) => s.name),
        active: list.active,
        bound: targets
          .filter((t) => t.bound)
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
      const [input] = await run((ctx) => readSheets(ctx, [sheet], supports));
      return recognitionOf(read(input ?? { name: sheet, values: [] }, kind));
    },

    async bind(sheet, kind) {
      const [input] = await run((ctx) => readSheets(ctx, [sheet], supports));
      const recognition = recognitionOf(read(input ?? { name: sheet, values: [] }, kind));
      await run((ctx) =>
        saveBinding(ctx, {
          sheet,
          kind: recognition.kind,
          headerRow: recognition.binding.headerRow,
          mapping: recognition.binding.mapping,
        }),
      );
      return recognition;
    },

    async validate() {
      const { targets, inputs } = await readTargets();
      const results = validateLedgers(inputs.map((input, i) => read(input, targets[i]?.kind)));
      lastResults = results;
      const offices = results.filter((r) => r.kind === "office");
      registryNames =
        offices.length === 0
          ? undefined
          : offices.flatMap((r) =>
              r.rows
                .map((row) => row.cells.name?.value)
                .filter((v): v is string => typeof v === "string"),
            );
      return validationOf(results, new Set(targets.filter((t) => t.bound).map((t) => t.sheet)));
    },

    selectCell: (sheet, rowNumber, fieldNumber) =>
      run((ctx) => selectCell(ctx, sheet, rowNumber, fieldNumber)),

    async writeIssueReport(issues) {
      const result = await write((ctx) =>
        generateSummary(ctx, {
          sheets: [],
          build: () => issueReportWork(issues, lang),
          supports,
          eventsOff: true,
        }),
      );
      return { sheets: Object.values(result.sheetNames), notes: notesText(result.notes, lang) };
    },

    async applyFlags(choice) {
      const { targets: found } = await readList();
      const scheme = flagSchemeForExcel(
        flagScheme(choice.scheme, { dueSoonDays: choice.dueSoonDays }),
        lang,
      );
      const notes: PlanNote[] = [];
      const flagged: string[] = [];
      const targets = found.filter((t) => t.kind === undefined || FLAGGED_KINDS.has(t.kind));
      for (const target of targets) {
        // One ledger at a time: each is its own read and write, so a refusal names its sheet.
        const result = await write((ctx) =>
          applyFlags(ctx, {
            sheet: target.sheet,
            scheme,
            options: {
              asOf: choice.asOf,
              ...(choice.normaliseDeadlines ? { normaliseDeadlines: true } : {}),
            },
            read: (input) => locate(read(input, target.kind)),
            supports,
            eventsOff: true,
          }),
        );
        const prefix = targets.length > 1 ? `${target.sheet}：` : "";
        notes.push(...result.notes.map((n) => ({ ...n, zh: prefix + n.zh, en: prefix + n.en })));
        if (Object.keys(result.columns).length > 0) flagged.push(target.sheet);
      }
      return { sheets: [], flagged, notes: notesText(notes, lang) };
    },

    async summarize(choice) {
      let targets: Target[] = [];
      let figures: SummaryFigures | undefined;
      const result = await write((ctx) =>
        generateSummary(ctx, {
          // Found in the summary's own read request: the survey carries the bindings.
          sheets: ({ survey, active }) => {
            const sheets = [...survey.sheets].sort((a, b) => a.position - b.position);
            targets = listTargets({ sheets, active, bindings: survey.bindings });
            return targets.map((t) => t.sheet);
          },
          ...(lastTargets ? { expected: lastTargets } : {}),
          build: (sheets) => {
            const results = validateLedgers(sheets.map((s, i) => read(s.input, targets[i]?.kind)));
            const work = summaryWork(results, choice, lang);
            figures = work.figures;
            return work.plan;
          },
          supports,
          eventsOff: true,
        }),
      );
      if (!figures) throw new Error("summary was not built");
      return {
        sheets: Object.values(result.sheetNames),
        notes: notesText(result.notes, lang),
        figures,
      };
    },

    async insertTemplate(kind) {
      if (!isLedgerKind(kind)) throw new Error(`unknown ledger kind ${kind}`);
      const result = await write((ctx) =>
        insertTemplate(ctx, LEDGER_SCHEMAS[kind], supports, { eventsOff: true }),
      );
      return { sheets: Object.values(result.sheetNames), notes: notesText(result.notes, lang) };
    },

    async watchEdits(onRecheck) {
      const { targets } = await readList();
      const bound = targets.filter((t) => t.bound && t.binding);
      const handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      // The whole edited ledger is read and checked again, not just the edited rows: a repeated
      // 问题编号 or 整改措施 involves a row the user did not touch, and so does an edit that
      // ends one. One read, like the edited rows alone would take.
      const recheckRows = async (binding: LedgerBinding, rows: number[]) => {
        const [input] = await run((ctx) => readSheets(ctx, [binding.sheet], supports));
        if (!input) return;
        const registry = binding.kind === "office" ? undefined : registryNames;
        const others = lastResults.filter((r) => r.sheet !== binding.sheet);
        const [result] = validateLedgers([read(input, binding.kind, registry), ...others]);
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
      for (const target of bound) {
        const binding = target.binding!;
        const recheck = createRecheck({
          headerRow: binding.headerRow,
          ...(deps.recheckDelayMs === undefined ? {} : { debounceMs: deps.recheckDelayMs }),
          // A failed re-check leaves the list as it was; the next 校验 reads everything again.
          onRows: (rows) => void recheckRows(binding, rows).catch(() => undefined),
        });
        await run(async (ctx) => {
          const guarded = {
            ...recheck,
            handler: (event: { address: string }) => {
              if (ownWrites === 0) recheck.handler(event);
            },
          };
          handlers.push(watchSheet(ctx, binding.sheet, guarded));
          await ctx.sync();
        });
      }
      return async () => {
        for (const handler of handlers)
          await excel.run(handler.context, async (ctx) => {
            handler.remove();
            await ctx.sync();
          });
      };
    },
  };
}
