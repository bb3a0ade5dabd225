/**
 * createFakeExcel(): Microsoft's real Excel client library, loaded in Node, talking to an
 * in-memory Excel host. Code under test runs `fx.Excel.run(...)` unchanged.
 */
import type { InstallOptions, InstalledFakeExcel } from "./installFakeExcel";
import { installFakeExcel } from "./installFakeExcel";
import { loadExcelLibrary } from "./node/loadExcelLibrary";

export interface FakeExcelOptions extends InstallOptions {
  /** Load the minified library instead of the readable debug build (faster, worse stacks). */
  minified?: boolean;
}

export interface FakeExcel extends InstalledFakeExcel {
  /** The library's `Excel` namespace, typed as the @types/office-js global. */
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  Office: typeof Office;
  /**
   * Makes this fake's `Excel`, `Office` and `OfficeExtension` the globals, for code that uses
   * them as an add-in does. Returns a function that restores the previous globals (call it in
   * afterEach).
   */
  installGlobals(): () => void;
  /**
   * A second runtime of the same add-in on this workbook (the ribbon's function file beside the
   * task pane): a fresh library with its own Excel.run, requests and events, one workbook.
   */
  addRuntime(options?: Omit<FakeExcelOptions, "sharedWith" | "workbook">): Promise<FakeExcel>;
}

const GLOBAL_NAMES = ["Excel", "Office", "OfficeExtension"] as const;

export async function createFakeExcel(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const lib = loadExcelLibrary({ debug: !options.minified });
  const installed = installFakeExcel(lib, options);
  const namespaces = { Excel: lib.Excel, Office: lib.Office, OfficeExtension: lib.OfficeExtension };
  const fake: FakeExcel = {
    ...installed,
    Excel: lib.Excel as typeof Excel,
    OfficeExtension: lib.OfficeExtension as unknown as typeof OfficeExtension,
    Office: lib.Office as unknown as typeof Office,
    installGlobals() {
      const scope = globalThis as Record<string, unknown>;
      const saved = GLOBAL_NAMES.map(
        (name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const,
      );
      for (const name of GLOBAL_NAMES) {
        Object.defineProperty(scope, name, {
          value: namespaces[name],
          configurable: true,
          writable: true,
        });
      }
      return () => {
        for (const [name, descriptor] of saved) {
          if (descriptor) Object.defineProperty(scope, name, descriptor);
          else delete scope[name];
        }
      };
    },
    addRuntime: (more = {}) => createFakeExcel({ ...more, sharedWith: fake }),
  };
  return fake;
}
