// Builds the script that stands in for office-js/office.js when a browser test wants Excel:
// Microsoft's real Excel client library followed by the fake host wiring, bundled for the
// browser with esbuild. The page still requests office-js/office.js from its own origin.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

export async function buildFakeOfficeShim(): Promise<string> {
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
  return `${library}\n;\n${code}`;
}
