import type { WorkbookHost } from "../app/host";
import { oneAtATime } from "./editQueue";
import { createRecheck, watchFormatsAndSorts, watchSheet, type SheetChange } from "./onChanged";
import { readRows } from "./readRows";
import { readWorkbook } from "./readWorkbook";
import { runBatch, type ExcelRun } from "./runBatch";
import { removeOwnedColumns } from "./removeOwnedColumns";
import { saveBinding } from "./saveBinding";
import { selectCell } from "./selectCell";
import { has, supportsFrom, type Supports } from "./support";
import { updateBindings } from "./updateBindings";
import { writePlan } from "./writePlan";

export interface ExcelHostOptions {
  /** `Excel.run` of the host (the global in Excel, a fake's in tests). */
  excel: ExcelRun;
  supports: Supports;
  /** Debounce for delivering edits (ms). */
  editDelayMs?: number;
}

/**
 * The workbook the add-in runs in, as workflows see it (app/host). Each call is one `Excel.run`;
 * the request counts are those of the functions it calls.
 */
export function createExcelHost(options: ExcelHostOptions): WorkbookHost {
  const { excel, supports } = options;
  // Every batch waits out a cell edit where Excel can (ExcelApi 1.11), else says to finish it.
  const run = <T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    runBatch(excel, supports, body);
  // The add-in's own writes turn events off inside their own requests (executePlan's
  // eventsOff). Edits that arrive while a write runs are a person's (or, before ExcelApi 1.8,
  // possibly the add-in's own): they are held and handed over once the write ends, never lost.
  let ownWrites = 0;
  const heldDuringWrite: (() => void)[] = [];
  const releaseHeld = () => {
    if (ownWrites > 0) return;
    for (const deliver of heldDuringWrite.splice(0)) deliver();
  };
  // While a write of ours runs, this runtime's events are off: a person's edit then raises none.
  // The next delivery for each watched sheet says it is not complete (read the whole sheet).
  const unsureSince = new Set<() => void>();
  const ownWriteEnded = () => {
    for (const markUnsure of unsureSince) markUnsure();
  };

  return {
    async state() {
      const { survey } = await run((ctx) => readWorkbook(ctx, [], supports));
      return {
        sheets: survey.sheets,
        active: survey.active,
        bindings: survey.bindings,
        ...(survey.ledgerMarks ? { ledgerMarks: survey.ledgerMarks } : {}),
      };
    },

    async readSheets(names, readOptions = {}) {
      const { sheets } = await run((ctx) => readWorkbook(ctx, names, supports, readOptions));
      return sheets.map((s) => s.input);
    },

    readRows: (sheet, rows) => run((ctx) => readRows(ctx, sheet, rows, supports)),

    async write(request) {
      ownWrites++;
      try {
        const result = await run((ctx) => writePlan(ctx, request, { supports, eventsOff: true }));
        return { notes: result.notes, sheetNames: result.sheetNames, columns: result.columns };
      } finally {
        ownWrites--;
        ownWriteEnded();
        releaseHeld();
      }
    },

    saveBinding: (request) => run((ctx) => saveBinding(ctx, request)),

    updateBindings: (change) => run((ctx) => updateBindings(ctx, change)),

    async removeOwnedColumns(sheet) {
      // Clearing our own columns is a write like any other: the edit handlers ignore it.
      ownWrites++;
      try {
        return await run((ctx) => removeOwnedColumns(ctx, sheet, supports));
      } finally {
        ownWrites--;
        ownWriteEnded();
      }
    },

    selectCell: (sheet, rowNumber, columnNumber) =>
      run((ctx) => selectCell(ctx, sheet, rowNumber, columnNumber)),

    async watchEdits(ledgers, listener) {
      // One re-check at a time across ledgers (they are checked against each other).
      const onRows = oneAtATime(listener);
      // Where format and sort events exist, every change to the cells raises an event; else a
      // format or a sort goes unseen and a re-check must read the whole sheet.
      const seesEveryChange = has(supports, "editEvents");
      type Handler = OfficeExtension.EventHandlerResult<
        | Excel.WorksheetChangedEventArgs
        | Excel.WorksheetFormatChangedEventArgs
        | Excel.WorksheetRowSortedEventArgs
        | Excel.WorksheetColumnSortedEventArgs
      >;
      const handlers: Handler[] = [];
      const marks: (() => void)[] = [];
      for (const ledger of ledgers) {
        let unsure = false;
        const recheck = createRecheck({
          headerRow: ledger.headerRow,
          ...(options.editDelayMs === undefined ? {} : { debounceMs: options.editDelayMs }),
          onRows: (rows) => {
            const complete = seesEveryChange && !unsure;
            unsure = false;
            onRows(ledger.sheet, rows, complete);
          },
        });
        const markUnsure = () => {
          unsure = true;
        };
        marks.push(markUnsure);
        unsureSince.add(markUnsure);
        const guarded = {
          ...recheck,
          handler: (event: SheetChange) => {
            if (ownWrites === 0) recheck.handler(event);
            else heldDuringWrite.push(() => recheck.handler(event));
          },
        };
        await run(async (ctx) => {
          handlers.push(watchSheet(ctx, ledger.sheet, guarded));
          if (seesEveryChange) handlers.push(...watchFormatsAndSorts(ctx, ledger.sheet, guarded));
          await ctx.sync();
        });
      }
      return async () => {
        for (const mark of marks) unsureSince.delete(mark);
        for (const handler of handlers)
          await runBatch(
            excel,
            supports,
            async (ctx) => {
              handler.remove();
              await ctx.sync();
            },
            handler.context,
          );
      };
    },
  };
}

/** The host for the Excel this page runs in (Office.js globals): the task pane and the ribbon. */
export function officeExcelHost(): WorkbookHost {
  return createExcelHost({ excel: Excel, supports: supportsFrom() });
}
