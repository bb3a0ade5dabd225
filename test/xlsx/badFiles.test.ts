import { strToU8 } from "fflate";
import { constants, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readProblemText, readSpreadsheet } from "../../src/xlsx";
import { MAX_CELLS, MAX_GRID_CELLS, MAX_SHARED_STRINGS_BYTES } from "../../src/xlsx/limits";
import { oleOf } from "./_lib/oleBytes";
import {
  concat,
  rawEntries,
  rawZip,
  sheetRows,
  workbookParts,
  xlsxOf,
  zipOf,
} from "./_lib/xlsxBytes";

// Files that are not what their name says, or are made to take a reader down. Each is built
// here, byte by byte; each must come back at once with the one problem that says what it is.

const A1 = '<c r="A1" t="inlineStr"><is><t>院名称</t></is></c>';

describe("crafted workbooks stay small", () => {
  it("refuses a 6 KB workbook whose one far cell would make a grid of 17 billion cells, naming the sheet", () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "整改",
          rows: sheetRows([[A1]]) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        },
        { name: "名册", rows: sheetRows([[A1]]) },
      ],
    });
    expect(bytes.length).toBeLessThan(6 * 1024);
    const { sheets, problems } = readSpreadsheet(bytes);
    expect(problems).toEqual([
      {
        type: "sheetTooLarge",
        sheet: "整改",
        range: "A1:XFD1048576",
        cells: 1_048_576 * 16_384,
        limit: MAX_GRID_CELLS,
      },
    ]);
    expect(sheets.map((s) => s.name)).toEqual(["名册"]);
    expect(readProblemText(problems[0]!, "zh")).toBe(
      "工作表“整改”的数据范围 A1:XFD1048576 过大（171.8亿个单元格，上限2000万个），请删除远处多余的单元格后另存。",
    );
  });

  it("stops a sheet whose rows alone pass the limit before it allocates them", () => {
    // 2,000 rows with one cell each at column XFD: 33 million slots if read densely.
    const rows = Array.from(
      { length: 2000 },
      (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`,
    );
    const { sheets, problems } = readSpreadsheet(
      xlsxOf({ sheets: [{ name: "远", rows: rows.join("") }] }),
    );
    expect(sheets).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ type: "sheetTooLarge", sheet: "远", limit: MAX_GRID_CELLS }),
    ]);
  });

  it("reads a merge over A1:XFD1048576 as the one cell that holds a value", () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "标题",
          rows: sheetRows([[A1]]),
          after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        },
      ],
    });
    expect(readSpreadsheet(bytes)).toEqual({
      sheets: [
        {
          name: "标题",
          values: [["院名称"]],
          numberFormats: [[""]],
          merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }],
          visibility: "visible",
          hiddenRows: [],
        },
      ],
      problems: [],
    });
  });

  /** One stand-alone stretch of deflate data, ended on a byte boundary unless it is the last. */
  function deflated(text: string, last: boolean): Uint8Array {
    const options = last ? { level: 9 } : { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
    return new Uint8Array(deflateRawSync(Buffer.from(text), options));
  }

  /**
   * Deflated bytes of a head, `repeat` copies of a 1 MB block of `unit`, and a tail: the block is
   * deflated once with no history and its bytes repeated, which deflate allows (each copy looks
   * back only into itself), so a 100 MB part costs the test nothing to make.
   */
  function deflatedRun(head: string, unit: string, megabytes: number, tail: string) {
    const block = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const once = deflated(block, false);
    const data = concat([
      deflated(head, false),
      ...Array.from({ length: megabytes }, () => once),
      deflated(tail, true),
    ]);
    return { data, size: head.length + block.length * megabytes + tail.length };
  }

  it("refuses shared strings that declare more than the limit, without inflating them", () => {
    const parts = workbookParts({
      strings: ["院名称"],
      sheets: [{ name: "表", rows: sheetRows([['<c r="A1" t="s"><v>0</v></c>']]) }],
    });
    const entries = rawEntries(parts).map((e) =>
      e.name === "xl/sharedStrings.xml" ? { ...e, size: MAX_SHARED_STRINGS_BYTES + 1 } : e,
    );
    expect(readSpreadsheet(rawZip(entries)).problems).toEqual([
      { type: "partTooLarge", part: "xl/sharedStrings.xml", limit: MAX_SHARED_STRINGS_BYTES },
    ]);
  });

  it("stops a few hundred KB of shared strings that inflate past the limit while claiming 1 KB", () => {
    const parts = workbookParts({
      strings: ["院名称"],
      sheets: [{ name: "表", rows: sheetRows([['<c r="A1" t="s"><v>0</v></c>']]) }],
    });
    const bomb = deflatedRun(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      "<si><t>院</t></si>" + " ".repeat(200),
      MAX_SHARED_STRINGS_BYTES / (1 << 20) + 1,
      "</sst>",
    );
    expect(bomb.data.length).toBeLessThan(600 * 1024);
    expect(bomb.size).toBeGreaterThan(MAX_SHARED_STRINGS_BYTES);
    const entries = rawEntries(parts).map((e) =>
      e.name === "xl/sharedStrings.xml" ? { ...e, data: bomb.data, size: 1024 } : e,
    );
    expect(readSpreadsheet(rawZip(entries)).problems).toEqual([
      { type: "partTooLarge", part: "xl/sharedStrings.xml", limit: MAX_SHARED_STRINGS_BYTES },
    ]);
  });
});

describe("files that are not what their name says", () => {
  it.each([
    [
      "a password-protected .xlsx",
      oleOf(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
      "encrypted",
      "文件已加密，请在 Excel 中取消密码后另存。",
    ],
    [
      "an Excel 97-2003 workbook",
      oleOf(["Workbook", "\u0005SummaryInformation"]),
      "legacyXls",
      "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再读取。",
    ],
    [
      "an Excel 5 workbook",
      oleOf(["Book"]),
      "legacyXls",
      "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再读取。",
    ],
    [
      "a Word 97 document",
      oleOf(["WordDocument", "1Table"]),
      "notSpreadsheet",
      "不是 Excel 工作簿（.xlsx）或 CSV 文本文件。",
    ],
    [
      "an .xlsb",
      zipOf({ "xl/workbook.bin": new Uint8Array(8), "[Content_Types].xml": "<Types/>" }),
      "xlsb",
      "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再读取。",
    ],
    [
      "an .ods",
      zipOf({
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": "<office:document-content/>",
      }),
      "ods",
      "这是 OpenDocument 表格（.ods），请在 WPS 或 Excel 中另存为 .xlsx 后再读取。",
    ],
    [
      "a .docx",
      zipOf({
        "_rels/.rels":
          '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": "<w:document/>",
      }),
      "notSpreadsheet",
      "不是 Excel 工作簿（.xlsx）或 CSV 文本文件。",
    ],
    [
      "an HTML table saved as .xls",
      strToU8(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table><tr><td>院名称</td></tr></table></html>',
      ),
      "markup",
      "这是网页或 XML 格式的表格，请在 Excel 中打开后另存为 .xlsx。",
    ],
    [
      "an Excel 2003 XML spreadsheet",
      strToU8(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
      ),
      "markup",
      "这是网页或 XML 格式的表格，请在 Excel 中打开后另存为 .xlsx。",
    ],
    [
      "a PNG image",
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
      "notSpreadsheet",
      "不是 Excel 工作簿（.xlsx）或 CSV 文本文件。",
    ],
    [
      "zeros, as /dev/zero gives",
      new Uint8Array(4096),
      "notSpreadsheet",
      "不是 Excel 工作簿（.xlsx）或 CSV 文本文件。",
    ],
    [
      "a download cut short",
      xlsxOf({ sheets: [{ name: "表", rows: sheetRows([[A1]]) }] }).subarray(0, 300),
      "damaged",
      "文件已损坏或不完整，请在 Excel 中打开并重新保存后再试。",
    ],
  ])("says what %s is", (_, bytes, type, zh) => {
    const { sheets, problems } = readSpreadsheet(bytes);
    expect(sheets).toEqual([]);
    expect(problems.map((p) => p.type)).toEqual([type]);
    expect(readProblemText(problems[0]!, "zh")).toBe(zh);
    expect(readProblemText(problems[0]!, "en")).not.toMatch(/https?:|\n/);
  });

  it("says a workbook whose sheet's compressed bytes are corrupted is damaged", () => {
    const entries = rawEntries(
      workbookParts({ sheets: [{ name: "表", rows: sheetRows([[A1]]) }] }),
    );
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = sheet.data.map((b, i) => (i > 2 ? b ^ 0x5a : b));
    expect(readSpreadsheet(rawZip(entries)).problems).toEqual([{ type: "damaged" }]);
  });

  it("says a zip with encrypted entries is encrypted", () => {
    const entries = rawEntries(
      workbookParts({ sheets: [{ name: "表", rows: sheetRows([[A1]]) }] }),
    );
    expect(readSpreadsheet(rawZip(entries.map((e) => ({ ...e, flags: 1 })))).problems).toEqual([
      { type: "encrypted" },
    ]);
  });
});

describe("text files, whatever their name", () => {
  const table = [
    ["院名称", "金额"],
    ["阿坝县院", "18"],
  ];

  it.each([
    [
      "UTF-8 with a byte-order mark",
      concat([new Uint8Array([0xef, 0xbb, 0xbf]), strToU8("院名称,金额\n阿坝县院,18\n")]),
    ],
    ["UTF-8 without one", strToU8("院名称,金额\r\n阿坝县院,18\r\n")],
    // 院名称,金额 / 阿坝县院,18 in GBK, as "CSV (逗号分隔)" saves it on Chinese Windows.
    [
      "GBK",
      new Uint8Array([
        0xd4, 0xba, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xb0, 0xa2, 0xb0,
        0xd3, 0xcf, 0xd8, 0xd4, 0xba, 0x2c, 0x31, 0x38, 0x0a,
      ]),
    ],
    [
      'UTF-16LE "Unicode 文本" (tab-separated)',
      utf16("\uFEFF院名称\t金额\r\n阿坝县院\t18\r\n", "le"),
    ],
    ["UTF-16BE with a byte-order mark", utf16("\uFEFF院名称\t金额\r\n阿坝县院\t18\r\n", "be")],
  ])("reads %s", (_, bytes) => {
    expect(readSpreadsheet(bytes, { file: "台账.xlsx", textName: "台账" })).toEqual({
      sheets: [{ file: "台账.xlsx", name: "台账", values: table }],
      problems: [],
    });
  });

  it("keeps commas inside a Unicode text cell: its columns are split at tabs only", () => {
    const { sheets } = readSpreadsheet(utf16("\uFEFF措施\t备注\r\n培训,交流\t无\r\n", "le"));
    expect(sheets[0]?.values).toEqual([
      ["措施", "备注"],
      ["培训,交流", "无"],
    ]);
  });

  it("counts the cells of a text file before making them: 10 MB of commas is refused", () => {
    const bytes = new Uint8Array(MAX_CELLS + 1).fill(0x2c);
    expect(readSpreadsheet(bytes).problems).toEqual([{ type: "tooManyCells", limit: MAX_CELLS }]);
  });

  it("reads an empty file as no sheet at all", () => {
    expect(readSpreadsheet(new Uint8Array(0))).toEqual({ sheets: [], problems: [] });
  });
});

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i * 2 + (order === "le" ? 0 : 1)] = code & 0xff;
    bytes[i * 2 + (order === "le" ? 1 : 0)] = code >> 8;
  }
  return bytes;
}
