import type { WorkbookHost } from "../app/host";
import { oneAtATime } from "./editQueue";
import { createRecheck, watchSheet, type SheetChange } from "./onChanged";
import { readWorkbook } from "./readWorkbook";
import { runBatch, type ExcelRun } from "./runBatch";
import { removeOwnedColumns } from "./removeOwnedColumns";
import { saveBinding } from "./saveBinding";
import { selectCell } from "./selectCell";
import { supportsFrom, type Supports } from "./support";
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

    async write(request) {
      ownWrites++;
      try {
        const result = await run((ctx) => writePlan(ctx, request, { supports, eventsOff: true }));
        return { notes: result.notes, sheetNames: result.sheetNames, columns: result.columns };
      } finally {
        ownWrites--;
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
      }
    },

    selectCell: (sheet, rowNumber, columnNumber) =>
      run((ctx) => selectCell(ctx, sheet, rowNumber, columnNumber)),

    async watchEdits(ledgers, listener) {
      // One re-check at a time across ledgers (they are checked against each other).
      const onRows = oneAtATime(listener);
      const handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      for (const ledger of ledgers) {
        const recheck = createRecheck({
          headerRow: ledger.headerRow,
          ...(options.editDelayMs === undefined ? {} : { debounceMs: options.editDelayMs }),
          onRows: (rows) => onRows(ledger.sheet, rows),
        });
        await run(async (ctx) => {
          const guarded = {
            ...recheck,
            handler: (event: SheetChange) => {
              if (ownWrites === 0) recheck.handler(event);
              else heldDuringWrite.push(() => recheck.handler(event));
            },
          };
          handlers.push(watchSheet(ctx, ledger.sheet, guarded));
          await ctx.sync();
        });
      }
      return async () => {
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
