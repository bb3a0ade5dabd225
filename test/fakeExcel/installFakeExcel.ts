/**
 * Connects a loaded Excel library (Node's vm copy, or the page's own in a browser) to a new
 * fake host. Pure: no Node APIs, so a browser test page can bundle it and call it with
 * `window.OfficeExtension`, `window.Office` and `window.OSF` after loading
 * excel-win32-16.01.js with a script tag.
 */
import { FakeHost } from "./host/fakeHost";
import type { WorkbookSeed } from "./host/model/seed";
import { seedWorkbook } from "./host/model/seed";
import { snapshotWorkbook } from "./host/model/snapshot";
import type { CellWrite, WorkbookModel } from "./host/model/workbook";
import { completeOfficeNamespace, createOfficeContext } from "./host/officeContext";
import type { RequestLog } from "./host/requestLog";
import type { OfficeExtensionLike } from "./host/transport";
import { connectLibrary } from "./host/transport";
import { applyUserEdit } from "./host/userEdit";
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
}

export interface InstalledFakeExcel {
  workbook: WorkbookModel;
  host: FakeHost;
  requests: RequestLog;
  cellLog: CellLog;
  /** Request and response size limit in bytes (default 5 MB, Excel on the web). */
  setPayloadLimit(bytes: number): void;
  /**
   * Types `values` into `address` of `sheet` as a user would (not logged in cellLog) and raises
   * worksheet.onChanged for handlers the add-in registered, unless it disabled events.
   */
  userEdit(sheet: string, address: string, values: unknown[][]): void;
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
  const apiVersion = options.apiVersion ?? HIGHEST_EXCEL_API;
  const workbook = seedWorkbook(options.workbook);
  const host = new FakeHost(workbook, apiVersion);
  connectLibrary(lib.OfficeExtension, host);
  completeOfficeNamespace(
    lib.Office,
    lib.OSF,
    createOfficeContext(apiVersion, options.displayLanguage),
  );
  return {
    workbook,
    host,
    requests: host.requests,
    cellLog: createCellLog(workbook),
    setPayloadLimit(bytes) {
      host.requestLimit = bytes;
      host.responseLimit = bytes;
    },
    userEdit(sheet, address, values) {
      applyUserEdit(workbook, lib.OfficeExtension, sheet, address, values);
    },
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
