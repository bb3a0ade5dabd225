// The Node-free part of the fake host, for a browser test page that loads
// excel-win32-16.01.js itself and then calls installFakeExcel(window as ...).
export { installFakeExcel } from "./install-fake-excel";
export type {
  CellLog,
  InstallOptions,
  InstalledFakeExcel,
  LibraryNamespaces,
} from "./install-fake-excel";
export { FakeHost, DEFAULT_PAYLOAD_LIMIT } from "./host/fake-host";
export { FAKE_HOST_URL } from "./host/transport";
export type { WorkbookSeed, SheetSeed, CellSeed } from "./host/model/seed";
