export { createFakeExcel } from "./create-fake-excel";
export type { FakeExcel, FakeExcelOptions } from "./create-fake-excel";
export { installFakeExcel } from "./install-fake-excel";
export type {
  CellLog,
  InstallOptions,
  InstalledFakeExcel,
  LibraryNamespaces,
} from "./install-fake-excel";
export { FakeHost, DEFAULT_PAYLOAD_LIMIT } from "./host/fake-host";
export { connectLibrary, createSendRequest, FAKE_HOST_URL } from "./host/transport";
export { completeOfficeNamespace, createOfficeContext } from "./host/office-context";
export { seedWorkbook } from "./host/model/seed";
export type { CellSeed, SheetSeed, WorkbookSeed } from "./host/model/seed";
export { WorkbookModel, NO_FORMULA_ENGINE } from "./host/model/workbook";
export type { CellWrite, FormulaEvaluator } from "./host/model/workbook";
export type { RequestLog, LoggedRequest } from "./host/request-log";
export type { ExcelApiVersion } from "./host/versions";
export { snapshotWorkbook } from "./host/model/snapshot";
export { createBasicFormulaEngine } from "./host/formula/engine";
