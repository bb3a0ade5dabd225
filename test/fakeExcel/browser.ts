// The Node-free part of the fake host, for a browser test page that loads
// excel-win32-16.01.js itself and then calls installFakeExcel(window as ...).
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
export { FakeHost, DEFAULT_PAYLOAD_LIMIT } from "./host/fakeHost";
export { FAKE_HOST_URL } from "./host/transport";
export type { WorkbookSeed, SheetSeed, CellSeed } from "./host/model/seed";
