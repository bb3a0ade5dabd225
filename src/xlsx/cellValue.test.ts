import { describe, expect, it } from "vitest";
import { cellValue } from "./cellValue";
import { parseAddress } from "../core/model/address";
import { decodeCsv, readCsv } from "./readCsv";

describe("ExcelJS values to cells", () => {
  it.each([
    [null, null],
    ["文本", "文本"],
    [4141, 4141],
    [true, true],
    [new Date(Date.UTC(2021, 2, 5)), 44260],
    [{ richText: [{ text: "已完成" }, { text: "（6月）" }] }, "已完成（6月）"],
    [{ formula: "A1+1", result: 7 }, 7],
    [{ sharedFormula: "A1", result: "是" }, "是"],
    [{ formula: "NOW()" }, null],
    [{ text: "佐证", hyperlink: "http://x" }, "佐证"],
    [{ error: "#N/A" }, "#N/A"],
  ] as const)("%j → %j", (value, cell) => {
    expect(cellValue(value as never)).toEqual(cell);
  });
});

describe("merged ranges", () => {
  it.each([
    ["A1:N1", { row: 0, column: 0, rowCount: 1, columnCount: 14 }],
    ["K3:M3", { row: 2, column: 10, rowCount: 1, columnCount: 3 }],
    ["$A$5:$A$7", { row: 4, column: 0, rowCount: 3, columnCount: 1 }],
    ["AA10", { row: 9, column: 26, rowCount: 1, columnCount: 1 }],
  ])("%s", (range, area) => {
    expect(parseAddress(range)).toEqual(area);
  });

  it("rejects what is not a range", () => {
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("名称")).toBeNull();
    expect(parseAddress("SHEET1")).toBeNull();
  });
});

describe("CSV", () => {
  it("decodes UTF-8 with a BOM and GB18030 as Chinese Excel saves it", () => {
    const utf8 = new TextEncoder().encode("\uFEFF院名称,金额\n阿坝县院,18\n");
    expect(readCsv(decodeCsv(utf8)).values).toEqual([
      ["院名称", "金额"],
      ["阿坝县院", "18"],
    ]);
    // 院名称 in GB18030.
    const gbk = new Uint8Array([0xd4, 0xba, 0xc3, 0xfb, 0xb3, 0xc6]);
    expect(decodeCsv(gbk)).toBe("院名称");
  });

  it("keeps short rows short and empty cells empty", () => {
    expect(readCsv("a,b,c\n1,,3\n4\n").values).toEqual([["a", "b", "c"], ["1", null, "3"], ["4"]]);
  });
});
