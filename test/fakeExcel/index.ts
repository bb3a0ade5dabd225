export { createFakeExcel } from "./createFakeExcel";
export type { FakeExcel, FakeExcelOptions } from "./createFakeExcel";
export { installFakeExcel } from "./installFakeExcel";
export type {
  CellLog,
  InstallOptions,
  InstalledFakeExcel,
  LibraryNamespaces,
  PayloadFailure,
  RequestFault,
  RequestInfo,
} from "./installFakeExcel";
export { listItemsOf } from "./host/model/validation";
export { FakeHost, DEFAULT_PAYLOAD_LIMIT } from "./host/fakeHost";
export { connectLibrary, createSendRequest, FAKE_HOST_URL } from "./host/transport";
export { completeOfficeNamespace, createOfficeContext } from "./host/officeContext";
export { seedWorkbook } from "./host/model/seed";
export type { CellSeed, SheetSeed, WorkbookSeed } from "./host/model/seed";
export { WorkbookModel, NO_FORMULA_ENGINE } from "./host/model/workbook";
export type { CellWrite, FormulaEvaluator } from "./host/model/workbook";
export type { RequestLog, LoggedRequest } from "./host/requestLog";
export type { ExcelApiVersion } from "./host/versions";
export { snapshotWorkbook } from "./host/model/snapshot";
export { createBasicFormulaEngine } from "./host/formula/engine";
