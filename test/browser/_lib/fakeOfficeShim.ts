// Builds what stands in for office-js/office.js when a browser test wants Excel, shaped like
// the real thing: office.js is a small loader that defines Office.onReady and fetches the host's
// library without holding up the page; here the "host library" is Microsoft's real Excel client
// library followed by the fake host wiring, bundled for the browser with esbuild.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/** Where the loader fetches the library from, beside office.js. */
export const FAKE_LIBRARY_FILE = "taizhang-fake-excel.js";

export interface FakeOfficeShim {
  /** Served as office-js/office.js. */
  loader: string;
  /** Served as office-js/taizhang-fake-excel.js. */
  library: string;
}

/**
 * The loader, in plain ES5: Office.onReady waits for the library, then hands over to the
 * library's own Office.onReady (the fake host's), as office.js does with the host's script.
 */
const LOADER = `(function () {
  var me = document.currentScript;
  var loaded = new Promise(function (resolve, reject) {
    var script = document.createElement("script");
    script.src = new URL("${FAKE_LIBRARY_FILE}", me.src).href;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
  var waiting = {
    onReady: function (callback) {
      return loaded.then(function () { return window.Office.onReady(callback); });
    }
  };
  window.Office = waiting;
})();`;

export async function buildFakeOfficeShim(): Promise<FakeOfficeShim> {
  const require = createRequire(import.meta.url);
  const library = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-win32-16.01.js"),
    "utf8",
  );
  const wiring = await build({
    entryPoints: [join(here, "..", "fakeOffice", "entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const code = wiring.outputFiles[0]?.text;
  if (!code) throw new Error("esbuild produced no fake-office bundle");
  return { loader: LOADER, library: `${library}\n;\n${code}` };
}
