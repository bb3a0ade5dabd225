import { describe, expect, it } from "vitest";
import { readLedger } from "../../src/core/read";
import { readSpreadsheet } from "../../src/xlsx";
import { buildWorkbook } from "../validate/_lib/buildWorkbook";
import { sheetRows, workbookParts, xlsxOf, zipOf } from "./_lib/xlsxBytes";

// What the reader makes of each thing a workbook can hold, on workbooks written byte by byte:
// whole SheetInput records, so that every field is checked.

const HEADER = ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"];

const STYLES = {
  // s=0 General, 1 built-in short date (14), 2 Chinese full date (31), 3 a custom date,
  // 4 two decimals, 5 text.
  xfs: [0, 14, 31, 176, 2, 49],
  formats: { 176: 'yyyy"年"m"月"d"日";@' },
};

describe("cells", () => {
  it("reads shared strings (rich text without phonetic guides), inline strings, numbers, booleans, errors and formulas' cached values", () => {
    const bytes = xlsxOf({
      strings: [
        "院名称",
        "<si><r><t>已完成</t></r><r><rPr><b/></rPr><t>（6月）</t></r></si>",
        '<si><t>检察院</t><rPh sb="0" eb="3"><t>けんさついん</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><t>A &amp; B &lt;1&gt;</t></si>",
        "<si><t>第一行_x000D_\n第二行</t></si>",
      ],
      sheets: [
        {
          name: "台账",
          rows: sheetRows([
            [
              '<c r="A1" t="s"><v>0</v></c>',
              '<c r="B1" t="s"><v>1</v></c>',
              '<c r="C1" t="s"><v>2</v></c>',
              '<c r="D1" t="s"><v>3</v></c>',
              '<c r="E1" t="s"><v>4</v></c>',
            ],
            [
              '<c r="A2" t="inlineStr"><is><t>阿坝县院</t></is></c>',
              '<c r="B2" t="inlineStr"><is><r><t>丰</t></r><r><t>县院</t></r></is></c>',
              '<c r="C2"><v>4141</v></c>',
              '<c r="D2"><v>-2.61E-2</v></c>',
              '<c r="E2" t="n"><v>18.5</v></c>',
            ],
            [
              '<c r="A3" t="b"><v>1</v></c>',
              '<c r="B3" t="b"><v>0</v></c>',
              '<c r="C3" t="e"><v>#N/A</v></c>',
              '<c r="D3" t="str"><f>IF(C2&gt;0,"是","否")</f><v>是</v></c>',
              '<c r="E3"><f>C2*2</f><v>8282</v></c>',
            ],
            ['<c r="A4"><f>NOW()</f></c>', '<c r="B4" t="str"><f>""</f><v></v></c>'],
          ]),
        },
      ],
    });
    expect(readSpreadsheet(bytes, { file: "台账.xlsx" })).toEqual({
      sheets: [
        {
          file: "台账.xlsx",
          name: "台账",
          values: [
            ["院名称", "已完成（6月）", "检察院", "A & B <1>", "第一行\r\n第二行"],
            ["阿坝县院", "丰县院", 4141, -0.0261, 18.5],
            [true, false, "#N/A", "是", 8282],
          ],
          numberFormats: [
            ["", "", "", "", ""],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
          ],
          merges: [],
          visibility: "visible",
          hiddenRows: [],
        },
      ],
      problems: [],
    });
  });

  it("tells dates from numbers by their format: built-in, Chinese built-in and custom date formats", () => {
    const bytes = xlsxOf({
      styles: STYLES,
      sheets: [
        {
          name: "日期",
          rows: sheetRows([
            [
              '<c r="A1" s="1"><v>44260</v></c>',
              '<c r="B1" s="2"><v>44377</v></c>',
              '<c r="C1" s="3"><v>44377</v></c>',
              '<c r="D1" s="4"><v>44377</v></c>',
              '<c r="E1"><v>44377</v></c>',
              '<c r="F1" s="5" t="s"><v>0</v></c>',
            ],
          ]),
        },
      ],
      strings: ["2021-06-30"],
    });
    const [sheet] = readSpreadsheet(bytes).sheets;
    expect(sheet?.values).toEqual([[44260, 44377, 44377, 44377, 44377, "2021-06-30"]]);
    expect(sheet?.numberFormats).toEqual([
      ["yyyy/m/d", 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日";@', "0.00", "", "@"],
    ]);
    // The core reads the three dates as dates, refuses a number formatted as a number, and reads
    // a bare serial in a General cell as the date it is (offices paste serials).
    const dates = sheet!.values[0]!.slice(0, 5);
    const formats = sheet!.numberFormats![0]!.slice(0, 5);
    const ledger = readLedger({
      name: "s",
      values: [HEADER, ...dates.map((date) => ["阿坝县院", "问题", "措施", date, "推进中"])],
      numberFormats: [["", "", "", "", ""], ...formats.map((f) => ["", "", "", f, ""])],
    });
    expect(ledger.rows.map((r) => r.cells.deadline?.value)).toEqual([
      "2021-03-05",
      "2021-06-30",
      "2021-06-30",
      null,
      "2021-06-30",
    ]);
  });

  it("keeps the 1904 date system's serials and says so: the core counts them from 1904", () => {
    const bytes = xlsxOf({
      date1904: true,
      styles: STYLES,
      sheets: [
        {
          name: "整改",
          rows: sheetRows([
            [
              '<c r="A1" t="inlineStr"><is><t>院名称</t></is></c>',
              '<c r="B1" t="inlineStr"><is><t>问题描述</t></is></c>',
              '<c r="C1" t="inlineStr"><is><t>整改措施</t></is></c>',
              '<c r="D1" t="inlineStr"><is><t>完成时限</t></is></c>',
              '<c r="E1" t="inlineStr"><is><t>进展状态</t></is></c>',
            ],
            [
              '<c r="A2" t="inlineStr"><is><t>阿坝县院</t></is></c>',
              '<c r="B2" t="inlineStr"><is><t>a</t></is></c>',
              '<c r="C2" t="inlineStr"><is><t>b</t></is></c>',
              '<c r="D2" s="1"><v>42798</v></c>',
              '<c r="E2" t="inlineStr"><is><t>推进中</t></is></c>',
            ],
          ]),
        },
      ],
    });
    const [sheet] = readSpreadsheet(bytes).sheets;
    expect(sheet?.date1904).toBe(true);
    expect(sheet?.values[1]?.[3]).toBe(42798);
    expect(readLedger(sheet!).rows[0]?.cells.deadline?.value).toBe("2021-03-05");
  });

  it("reads cells written without references, and elements with a namespace prefix", () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const parts = workbookParts({ sheets: [{ name: "表" }] });
    parts["xl/worksheets/sheet1.xml"] =
      `<?xml version="1.0"?><x:worksheet ${ns}><x:sheetData>` +
      `<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>` +
      `<x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    expect(readSpreadsheet(zipOf(parts)).sheets[0]?.values).toEqual([
      ["甲", 2, null],
      [null, null, 3],
    ]);
  });
});

describe("the sheet's shape", () => {
  it("hands out the used range only: styled empty cells and a false <dimension> stretch nothing, gaps become empty rows", () => {
    const bytes = xlsxOf({
      styles: STYLES,
      sheets: [
        {
          name: "表",
          xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>
            <row r="2"><c r="B2"><v>1</v></c><c r="C2" s="1"/></row>
            <row r="4"><c r="A4" s="1"><v>44260</v></c></row>
            <row r="9" s="1" customFormat="1"><c r="Z9" s="4"/></row>
          </sheetData></worksheet>`,
        },
      ],
    });
    expect(readSpreadsheet(bytes).sheets).toEqual([
      {
        name: "表",
        values: [
          [null, null],
          [null, 1],
          [null, null],
          [44260, null],
        ],
        numberFormats: [
          ["", ""],
          ["", ""],
          ["", ""],
          ["yyyy/m/d", ""],
        ],
        merges: [],
        visibility: "visible",
        hiddenRows: [],
      },
    ]);
  });

  it("reports merged ranges (the core fills them) and hidden rows", () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "整改",
          rows:
            `<row r="1"><c r="A1" t="inlineStr"><is><t>问题</t></is></c><c r="B1" t="inlineStr"><is><t>措施</t></is></c></row>` +
            `<row r="2"><c r="A2" t="inlineStr"><is><t>队伍老化</t></is></c><c r="B2" t="inlineStr"><is><t>招录</t></is></c></row>` +
            `<row r="3" hidden="1"><c r="A3"/><c r="B3" t="inlineStr"><is><t>培训</t></is></c></row>` +
            `<row r="4" hidden="true"><c r="B4" t="inlineStr"><is><t>交流</t></is></c></row>`,
          after: `<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="$C$1:$D$9"/></mergeCells>`,
        },
      ],
    });
    expect(readSpreadsheet(bytes).sheets[0]).toEqual({
      name: "整改",
      values: [
        ["问题", "措施"],
        ["队伍老化", "招录"],
        [null, "培训"],
        [null, "交流"],
      ],
      numberFormats: [
        ["", ""],
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      // C1:D9 lies wholly outside the used range: nothing to fill.
      merges: [{ row: 1, column: 0, rowCount: 3, columnCount: 1 }],
      visibility: "visible",
      hiddenRows: [3, 4],
    });
  });

  it("lists sheets in tab order with their visibility, leaves chart sheets out, and reads only the sheet asked for", () => {
    const cell = (text: string) =>
      sheetRows([[`<c r="A1" t="inlineStr"><is><t>${text}</t></is></c>`]]);
    const bytes = xlsxOf({
      sheets: [
        { name: "6月", rows: cell("a") },
        { name: "下拉列表", rows: cell("b"), state: "hidden" },
        { name: "图表", chart: true },
        { name: "作废", rows: cell("c"), state: "veryHidden" },
        { name: "空表" },
      ],
    });
    const { sheets } = readSpreadsheet(bytes);
    expect(sheets.map((s) => [s.name, s.visibility, s.values])).toEqual([
      ["6月", "visible", [["a"]]],
      ["下拉列表", "hidden", [["b"]]],
      ["作废", "veryHidden", [["c"]]],
      ["空表", "visible", []],
    ]);
    expect(readSpreadsheet(bytes, { sheetName: "作废" }).sheets.map((s) => s.name)).toEqual([
      "作废",
    ]);
  });

  it("reads what ExcelJS writes: the CLI's test workbooks, merged title and all", async () => {
    const data = await buildWorkbook([
      {
        name: "整改",
        rows: [
          ["2021年问题整改台账", null, null],
          ["问题", "措施", "完成时限"],
          ["队伍老化", "招录", new Date(Date.UTC(2021, 5, 30))],
          [null, "培训", 3.5],
        ],
        merges: ["A1:C1", "A3:A4"],
      },
    ]);
    const [sheet] = readSpreadsheet(new Uint8Array(data)).sheets;
    expect(sheet?.values).toEqual([
      ["2021年问题整改台账", null, null],
      ["问题", "措施", "完成时限"],
      ["队伍老化", "招录", 44377],
      [null, "培训", 3.5],
    ]);
    expect(sheet?.merges).toEqual([
      { row: 0, column: 0, rowCount: 1, columnCount: 3 },
      { row: 2, column: 0, rowCount: 2, columnCount: 1 },
    ]);
    expect(sheet?.numberFormats?.[2]?.[2]).toMatch(/y/);
  });
});
