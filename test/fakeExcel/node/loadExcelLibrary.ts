/**
 * Loads Microsoft's Excel client library (`@microsoft/office-js/dist/excel-win32-16.01.js`)
 * into a fresh `vm` context per call. Why vm and not globals: every fake gets its own
 * `Excel`/`OfficeExtension`/`OSF` (the library keeps its transport, request ids and tracked
 * objects in module-level state), so several fakes can live in one test file and test files
 * never see each other's library, whatever vitest's isolation. The script is compiled once per
 * process and run in each new context. The context receives this realm's Promise and Error
 * constructors so that `err instanceof Error` and `await` behave as in a browser.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import type { OfficeExtensionLike } from "../host/transport";

/** The library's namespaces, untyped here; createFakeExcel.ts gives them @types/office-js types. */
export interface ExcelLibrary {
  Excel: unknown;
  OfficeExtension: OfficeExtensionLike;
  Office: Record<string, unknown>;
  OSF: Record<string, unknown> | undefined;
  /** The context's global object (the library's `window`). */
  window: Record<string, unknown>;
}

const compiled = new Map<string, vm.Script>();

function script(debug: boolean): vm.Script {
  const file = debug ? "excel-win32-16.01.debug.js" : "excel-win32-16.01.js";
  let s = compiled.get(file);
  if (!s) {
    const require = createRequire(import.meta.url);
    const path = require.resolve(`@microsoft/office-js/dist/${file}`);
    s = new vm.Script(readFileSync(path, "utf8"), { filename: path });
    compiled.set(file, s);
  }
  return s;
}

export function loadExcelLibrary(options: { debug?: boolean } = {}): ExcelLibrary {
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    Promise,
    Error,
    TypeError,
    RangeError,
    SyntaxError,
    Date,
    navigator: { userAgent: "Mozilla/5.0 (Node.js) taizhang-fake-excel", language: "zh-CN" },
  };
  sandbox["window"] = sandbox;
  sandbox["self"] = sandbox;
  vm.createContext(sandbox);
  script(options.debug ?? true).runInContext(sandbox);
  const excel = sandbox["Excel"] as { run?: unknown } | undefined;
  const officeExtension = sandbox["OfficeExtension"] as OfficeExtensionLike | undefined;
  if (!excel?.run || !officeExtension?.HttpUtility) {
    throw new Error(
      "fake-excel: the Excel library loaded but did not define Excel.run / OfficeExtension.HttpUtility",
    );
  }
  return {
    Excel: excel,
    OfficeExtension: officeExtension,
    Office: sandbox["Office"] as Record<string, unknown>,
    OSF: sandbox["OSF"] as Record<string, unknown> | undefined,
    window: sandbox,
  };
}
