/**
 * createFakeExcel(): Microsoft's real Excel client library, loaded in Node, talking to an
 * in-memory Excel host. Code under test runs `fx.Excel.run(...)` unchanged.
 */
import type { FakeHost } from "./host/fake-host";
import { FakeHost as Host } from "./host/fake-host";
import type { CellWrite, WorkbookModel } from "./host/model/workbook";
import type { WorkbookSeed } from "./host/model/seed";
import { seedWorkbook } from "./host/model/seed";
import { completeOfficeNamespace, createOfficeContext } from "./host/office-context";
import type { RequestLog } from "./host/request-log";
import { connectLibrary } from "./host/transport";
import { applyUserEdit } from "./host/user-edit";
import type { ExcelApiVersion } from "./host/versions";
import { HIGHEST_EXCEL_API } from "./host/versions";
import { loadExcelLibrary } from "./node/load-excel-library";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default 1.17). */
  apiVersion?: ExcelApiVersion;
  workbook?: WorkbookSeed;
  /** Load the minified library instead of the readable debug build (faster, worse stacks). */
  minified?: boolean;
}

export interface CellLog {
  readonly entries: readonly CellWrite[];
  /** Writes to cells inside `sheet` and, if given, inside the 0-based rectangle. */
  touching(sheet: string, rect?: { top: number; left: number; bottom: number; right: number }): CellWrite[];
  reset(): void;
}

export interface FakeExcel {
  /** The library's `Excel` namespace (typed as the @types/office-js global). */
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  Office: typeof Office;
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
}

export async function createFakeExcel(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const apiVersion = options.apiVersion ?? HIGHEST_EXCEL_API;
  const workbook = seedWorkbook(options.workbook);
  const host = new Host(workbook, apiVersion);
  const lib = loadExcelLibrary({ debug: !options.minified });
  connectLibrary(lib.OfficeExtension, host);
  completeOfficeNamespace(lib.Office, lib.OSF, createOfficeContext(apiVersion));
  const cellLog: CellLog = {
    get entries() {
      return workbook.cellLog;
    },
    touching(sheet, rect) {
      return workbook.cellLog.filter((w) => {
        if (w.sheet !== sheet) return false;
        if (!rect) return true;
        const m = /^([A-Z]+)(\d+)$/.exec(w.address);
        if (!m) return false;
        const col = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row = Number(m[2]) - 1;
        return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
      });
    },
    reset() {
      workbook.cellLog.length = 0;
    },
  };
  return {
    Excel: lib.Excel,
    OfficeExtension: lib.OfficeExtension,
    Office: lib.Office,
    workbook,
    host,
    requests: host.requests,
    cellLog,
    setPayloadLimit(bytes) {
      host.requestLimit = bytes;
      host.responseLimit = bytes;
    },
    userEdit(sheet, address, values) {
      applyUserEdit(workbook, lib.OfficeExtension, sheet, address, values);
    },
  };
}
