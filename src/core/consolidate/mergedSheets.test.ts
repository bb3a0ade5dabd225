// A merged sheet's rows go into blocks of 5,000 rows as they are made: the blocks must hold
// the header and every source row once, in order, at the rows they are written to.
import { describe, expect, it } from "vitest";
import type { ReadLedgerResult } from "../read";
import { mergedSheetPlan } from "./mergedSheets";

/** A ledger of `count` rows with two fields, a text and a date (only what the merge reads). */
function ledger(file: string, count: number): ReadLedgerResult {
  const cell = (raw: string | number | null) => ({ text: String(raw ?? ""), raw, value: raw });
  return {
    kind: "problem",
    file,
    sheet: "整改台账",
    fields: [
      { name: "code", title: "问题编号", role: "key", type: "string" },
      { name: "due", title: "完成时限", role: "deadline", type: "date" },
    ],
    rows: Array.from({ length: count }, (_, i) => ({
      rowNumber: i + 3,
      cells: {
        code: cell(`${file}-${i}`),
        due: cell(i % 7 === 0 ? null : 44288 + i),
        office: cell("阿坝县院"),
      },
    })),
  } as unknown as ReadLedgerResult;
}

describe("mergedSheetPlan", () => {
  it("puts the header and every row into blocks of 5,000 rows, in order, where they go", () => {
    const ledgers = [ledger("甲.xlsx", 7_000), ledger("乙.xlsx", 5_000)];
    const sheet = mergedSheetPlan("problem", ledgers, "zh");
    const [title, ...blocks] = sheet.blocks;
    expect(title?.values[0]?.[0]).toMatch(/合并：2个文件，12000行/);
    expect(blocks.map((b) => [b.row, b.values.length])).toEqual([
      [1, 5_000],
      [5_001, 5_000],
      [10_001, 2_001],
    ]);
    const expected = [
      ["来源文件", "来源工作表", "来源行号", "来源院", "问题编号", "完成时限"],
      ...ledgers.flatMap((l) =>
        l.rows.map((row, i) => [
          l.file,
          "整改台账",
          i + 3,
          "阿坝县院",
          `${l.file}-${i}`,
          i % 7 === 0 ? null : 44288 + i,
        ]),
      ),
    ];
    expect(blocks.flatMap((b) => b.values)).toEqual(expected);
    for (const b of blocks)
      expect(b.columnFormats).toEqual([null, null, "0", null, null, "yyyy-mm-dd"]);
  });
});
