// Browser side of the fake Excel: runs right after Microsoft's Excel client library
// (excel-win32-16.01.js, which defines the Office, OfficeExtension, Excel and OSF globals) and
// wires it to the in-memory host of test/fake-excel, so the built task pane's Office.onReady,
// isSetSupported and Excel.run behave as in Excel. Configured by window.taizhangFakeExcelConfig.
import { FakeHost } from "../../fake-excel/host/fake-host";
import { seedWorkbook, type WorkbookSeed } from "../../fake-excel/host/model/seed";
import { completeOfficeNamespace, createOfficeContext } from "../../fake-excel/host/office-context";
import { connectLibrary } from "../../fake-excel/host/transport";
import type { ExcelApiVersion } from "../../fake-excel/host/versions";

export interface FakeExcelPageConfig {
  apiVersion?: ExcelApiVersion;
  displayLanguage?: string;
  workbook?: WorkbookSeed;
}

const page = window as unknown as Record<string, unknown>;
const config = (page["taizhangFakeExcelConfig"] ?? {}) as FakeExcelPageConfig;
const apiVersion = config.apiVersion ?? "1.17";
const host = new FakeHost(seedWorkbook(config.workbook), apiVersion);
connectLibrary(page["OfficeExtension"] as Parameters<typeof connectLibrary>[0], host);
completeOfficeNamespace(
  page["Office"] as Record<string, unknown>,
  page["OSF"] as Record<string, unknown> | undefined,
  createOfficeContext(apiVersion, config.displayLanguage ?? "zh-CN"),
);
page["taizhangFakeExcel"] = { host, requestCount: () => host.requests.count };
