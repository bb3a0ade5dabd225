/**
 * createFakeExcel(): Microsoft's real Excel client library, loaded in Node, talking to an
 * in-memory Excel host. Code under test runs `fx.Excel.run(...)` unchanged.
 */
import type { InstallOptions, InstalledFakeExcel } from "./install-fake-excel";
import { installFakeExcel } from "./install-fake-excel";
import { loadExcelLibrary } from "./node/load-excel-library";

export interface FakeExcelOptions extends InstallOptions {
  /** Load the minified library instead of the readable debug build (faster, worse stacks). */
  minified?: boolean;
}

export interface FakeExcel extends InstalledFakeExcel {
  /** The library's `Excel` namespace, typed as the @types/office-js global. */
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  Office: typeof Office;
}

export async function createFakeExcel(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const lib = loadExcelLibrary({ debug: !options.minified });
  const installed = installFakeExcel(lib, options);
  return {
    ...installed,
    Excel: lib.Excel as typeof Excel,
    OfficeExtension: lib.OfficeExtension as unknown as typeof OfficeExtension,
    Office: lib.Office as unknown as typeof Office,
  };
}
