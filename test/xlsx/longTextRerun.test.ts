// An owned sheet holding a text longer than a cell takes is written cut (see excelLimits); its
// mark's fingerprint must be over the cut text, or the next run takes the sheet for one a person
// changed, keeps it and writes a second copy beside it.
import { describe, expect, it } from "vitest";
import { MAX_CELL_TEXT } from "../../src/core/plan/excelLimits";
import { emptySheetPlan, type Plan } from "../../src/core/plan/types";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { createXlsxHost } from "../../src/xlsx/host";
import { packageProblems } from "./_lib/packageCheck";
import { readWorkbook as sheetsOf } from "../../src/xlsx";

function planWithLongText(): Plan {
  const sheet = emptySheetPlan("consolidate:notes", "说明");
  sheet.blocks.push({ row: 0, column: 0, values: [["说明"], ["长".repeat(MAX_CELL_TEXT + 500)]] });
  return { sheets: [sheet], columns: [], notes: [] };
}

async function writeOnce(bytes: Uint8Array) {
  const host = createXlsxHost(bytes, { file: "合并.xlsx" });
  const written = await host.write({ sheets: [], build: () => ({ plan: planWithLongText() }) });
  return { notes: written.notes.map((n) => n.zh), bytes: host.save() };
}

describe("an owned sheet with a text cut to a cell's limit", () => {
  it("is replaced by the next run, not kept as a person's sheet beside a second copy", async () => {
    const first = await writeOnce(emptyWorkbook());
    expect(packageProblems(first.bytes)).toEqual([]);
    const second = await writeOnce(first.bytes);
    expect(second.notes.join()).not.toContain("已原样保留");
    const names = (await sheetsOf(second.bytes)).map((s) => s.name);
    expect(names.filter((n) => n.startsWith("说明"))).toEqual(["说明"]);
    const text = (await sheetsOf(second.bytes)).find((s) => s.name === "说明")?.values[1]?.[0];
    expect(String(text)).toHaveLength(MAX_CELL_TEXT);
    expect(String(text).endsWith("…")).toBe(true);
  });
});
