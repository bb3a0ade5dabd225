import { build } from "esbuild";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { sheetRows, xlsxOf } from "./_lib/xlsxBytes";

// The reader is to run in a browser page and a Web Worker too: no Node API may creep into it.
// esbuild refuses to bundle node:fs, node:stream… for the browser, so a bundle that builds is
// half the proof; the bundle then reads a workbook in a fresh context that holds what a Worker
// has (TextDecoder, TextEncoder) and no process, require or Buffer.

describe("src/xlsx in a browser", () => {
  it("bundles for the browser and reads a workbook where no Node global is in reach", async () => {
    const result = await build({
      entryPoints: [join(__dirname, "../../src/xlsx/index.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "reader",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const bytes = xlsxOf({
      sheets: [
        {
          name: "名册",
          rows: sheetRows([
            ['<c r="A1" t="inlineStr"><is><t>院名称</t></is></c>', '<c r="B1"><v>18</v></c>'],
          ]),
        },
      ],
    });
    const read = runInNewContext(
      `${result.outputFiles[0]!.text}; reader.readSpreadsheet(new Uint8Array(input))`,
      { TextDecoder, TextEncoder, input: Array.from(bytes) },
    );
    expect(JSON.parse(JSON.stringify(read))).toEqual({
      sheets: [
        {
          name: "名册",
          values: [["院名称", 18]],
          numberFormats: [["", ""]],
          merges: [],
          visibility: "visible",
          hiddenRows: [],
        },
      ],
      problems: [],
    });
  });
});
