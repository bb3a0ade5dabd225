/**
 * Connects a loaded Excel library (Node's vm copy, or the page's own in a browser) to a new
 * fake host. Pure: no Node APIs, so a browser test page can bundle it and call it with
 * `window.OfficeExtension`, `window.Office` and `window.OSF` after loading
 * excel-win32-16.01.js with a script tag.
 */
import { createDocumentSettings } from "./host/documentSettings";
import type { HostErrorCode } from "./host/errors";
import { FakeHost } from "./host/fakeHost";
import type { PayloadFailure, RequestFault } from "./host/faults";
import type { WorkbookSeed } from "./host/model/seed";
import { seedWorkbook } from "./host/model/seed";
import { snapshotWorkbook } from "./host/model/snapshot";
import type { CellWrite, WorkbookModel } from "./host/model/workbook";
import { completeOfficeNamespace, createOfficeContext } from "./host/officeContext";
import type { RequestLog } from "./host/requestLog";
import type { OfficeExtensionLike, RequestInfo } from "./host/transport";
import { connectLibrary } from "./host/transport";
import { UserActions } from "./host/userActions";
import type { ExcelApiVersion } from "./host/versions";
import { HIGHEST_EXCEL_API } from "./host/versions";

export interface CellLog {
  readonly entries: readonly CellWrite[];
  /** Writes to cells of `sheet`, optionally only inside the 0-based rectangle. */
  touching(
    sheet: string,
    rect?: { top: number; left: number; bottom: number; right: number },
  ): CellWrite[];
  reset(): void;
}

export interface InstallOptions {
  /** Highest ExcelApi requirement set the host supports (default 1.17). */
  apiVersion?: ExcelApiVersion;
  workbook?: WorkbookSeed;
  /** What Office.context.displayLanguage answers (default zh-CN). */
  displayLanguage?: string;
  /**
   * Another runtime of the same add-in on the same open workbook (the ribbon's function-file
   * runtime beside the task pane): its own library, requests, events and enableEvents; one
   * workbook, one settings store. `workbook` is ignored when given.
   */
  sharedWith?: InstalledFakeExcel;
}

export type { PayloadFailure, RequestFault, RequestInfo, HostErrorCode };

export interface InstalledFakeExcel {
  workbook: WorkbookModel;
  host: FakeHost;
  requests: RequestLog;
  cellLog: CellLog;
  /**
   * Request and response size limit in bytes (default 5 MB, Excel on the web). `failure` picks
   * how an oversize request is answered: "documented" (RequestPayloadSizeLimitExceeded, the
   * default), "GeneralException" or "http500", as Excel on the web often answers instead.
   */
  setPayloadLimit(bytes: number, options?: { failure?: PayloadFailure }): void;
  /**
   * Fails this runtime's request `n` counted from now (0 = the next request). By default
   * nothing of it applies; `afterActions: k` applies its first k actions first, as Excel does
   * (batches are not transactional). See host/faults.ts.
   */
  failRequest(n: number, fault?: RequestFault): void;
  /**
   * Calls `hook` before each of this runtime's requests runs (or only before request `n`
   * counted from now), so a test can make user edits between any two requests. Returns a
   * function that removes the hook.
   */
  beforeRequest(hook: (info: RequestInfo) => void, n?: number): () => void;
  /**
   * Delays each response of this runtime by `ms` (or by what the function answers per request),
   * after the request ran. Responses of overlapping Excel.runs can then arrive out of order.
   */
  setLatency(ms: number | ((info: RequestInfo) => number)): void;
  /** A person starts editing a cell: requests fail (InvalidOperationInCellEditMode) or wait. */
  enterCellEdit(): void;
  /** The edit ends: requests held by `delayForCellEdit` run, in order. */
  exitCellEdit(): void;
  /**
   * Types `values` into `address` of `sheet` as a user would (not logged in cellLog) and raises
   * worksheet.onChanged for handlers the add-in registered, unless it disabled events.
   */
  userEdit(sheet: string, address: string, values: unknown[][]): void;
  /** Pastes whole rows ("5:7") or columns ("C:D"); the event address is the whole rows. */
  userPaste(sheet: string, address: string, values: unknown[][]): void;
  /** Inserts whole rows ("5:7") or columns ("C:D") as a person does (event RowInserted…). */
  userInsert(sheet: string, address: string): void;
  /** Deletes whole rows or columns as a person does (event RowDeleted / ColumnDeleted). */
  userDelete(sheet: string, address: string): void;
  /** Sets a number format as a person does: onFormatChanged (ExcelApi 1.9), no onChanged. */
  userFormat(sheet: string, address: string, numberFormat: string): void;
  /**
   * Sorts the rows of `address` by column `byColumn` ("C") as a person does: onRowSorted
   * (ExcelApi 1.10) at the rows that moved, no onChanged.
   */
  userSort(sheet: string, address: string, byColumn: string, descending?: boolean): void;
  userAddSheet(name: string, cells?: unknown[][]): void;
  userRenameSheet(from: string, to: string): void;
  userDeleteSheet(name: string): void;
  /** Content changes (deletions included) the add-in made to cells a person typed or the seed held. */
  userCellsChangedByAddIn(): CellWrite[];
  /** Names of sheets a person made (or the seed held) that the add-in deleted. */
  userSheetsDeleted(): string[];
  /** Saves and reopens the workbook (see WorkbookModel.reopen): sheet ids are renumbered. */
  reopen(): void;
  /** An id-free JSON picture of the workbook, for "a rerun gives the same workbook" checks. */
  snapshot(): unknown;
}

export interface LibraryNamespaces {
  OfficeExtension: OfficeExtensionLike;
  Office: Record<string, unknown>;
  OSF?: Record<string, unknown> | undefined;
}

export function installFakeExcel(
  lib: LibraryNamespaces,
  options: InstallOptions = {},
): InstalledFakeExcel {
  const apiVersion = options.apiVersion ?? options.sharedWith?.host.apiVersion ?? HIGHEST_EXCEL_API;
  const workbook = options.sharedWith?.workbook ?? seedWorkbook(options.workbook);
  const host = new FakeHost(workbook, apiVersion);
  const controls = connectLibrary(lib.OfficeExtension, host);
  const documentSettings = createDocumentSettings(workbook);
  host.runtime.onReopen = documentSettings.reload;
  completeOfficeNamespace(
    lib.Office,
    lib.OSF,
    createOfficeContext(apiVersion, options.displayLanguage, documentSettings.settings),
  );
  const user = new UserActions(workbook);
  return {
    workbook,
    host,
    requests: host.requests,
    cellLog: createCellLog(workbook),
    setPayloadLimit(bytes, limitOptions) {
      host.requestLimit = bytes;
      host.responseLimit = bytes;
      host.payloadFailure = limitOptions?.failure ?? "documented";
    },
    failRequest(n, fault = {}) {
      host.faults.schedule(host.ordinal + n, fault);
    },
    beforeRequest: (hook, n) => controls.beforeRequest(hook, n),
    setLatency: (ms) => controls.setLatency(ms),
    enterCellEdit: () => workbook.cellEdit.enter(),
    exitCellEdit: () => workbook.cellEdit.exit(),
    userEdit: (sheet, address, values) => user.edit(sheet, address, values),
    userPaste: (sheet, address, values) => user.paste(sheet, address, values),
    userInsert: (sheet, address) => user.insert(sheet, address),
    userDelete: (sheet, address) => user.delete(sheet, address),
    userFormat: (sheet, address, format) => user.format(sheet, address, format),
    userSort: (sheet, address, byColumn, descending) =>
      user.sort(sheet, address, byColumn, descending),
    userAddSheet: (name, cells) => user.addSheet(name, cells),
    userRenameSheet: (from, to) => user.renameSheet(from, to),
    userDeleteSheet: (name) => user.deleteSheet(name),
    userCellsChangedByAddIn: () => [...workbook.userCellChanges],
    userSheetsDeleted: () => [...workbook.userSheetsDeleted],
    reopen: () => workbook.reopen(),
    snapshot() {
      return snapshotWorkbook(workbook);
    },
  };
}

function createCellLog(workbook: WorkbookModel): CellLog {
  return {
    get entries() {
      return workbook.cellLog;
    },
    touching(sheet, rect) {
      return workbook.cellLog.filter((w) => {
        if (w.sheet !== sheet) return false;
        if (!rect) return true;
        const m = /^([A-Z]+)(\d+)$/.exec(w.address);
        if (!m) return false;
        const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row = Number(m[2]) - 1;
        return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
      });
    },
    reset() {
      workbook.cellLog.length = 0;
    },
  };
}
