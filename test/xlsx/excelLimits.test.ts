// Excel's hard limits ("Excel specifications and limits"): a sheet holds 65,530 links, 1,026
// page breaks and 1,048,576 rows, a cell 32,767 characters. Past one Excel repairs the file and
// drops what is over, so the writer stays within each (and packageCheck, which every package
// test runs, enforces them).
import { describe, expect, it } from "vitest";
import { MERGED_ROWS_MAX, mergedSheetPlan } from "../../src/core/consolidate/mergedSheets";
import { TaizhangError } from "../../src/core/errors";
import { MAX_ROWS } from "../../src/core/model/address";
import {
  MAX_CELL_FORMATS,
  MAX_CELL_TEXT,
  MAX_HYPERLINKS,
  MAX_PAGE_BREAKS,
} from "../../src/core/plan/excelLimits";
import { emptySheetPlan, type OwnedSheetPlan } from "../../src/core/plan/types";
import type { ReadLedgerResult } from "../../src/core/read";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { writePlan } from "../../src/xlsx/write/writePlan";
import { packageProblems } from "./_lib/packageCheck";
import { partsOf } from "./_lib/parts";
import { zipOf } from "./_lib/xlsxBytes";

function written(plan: OwnedSheetPlan): Uint8Array {
  const { pkg } = writePlan(XlsxPackage.open(emptyWorkbook()), {
    sheets: [{ plan, name: plan.name }],
  });
  return pkg.save();
}

describe("the checker knows Excel's limits", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const sheet = (inner: string) =>
    `<worksheet xmlns="${MAIN}"><sheetData>${inner}</sheetData></worksheet>`;
  const bytes = (parts: Record<string, string>) =>
    zipOf({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ...parts,
    });

  it("finds a row past the last, a long text, too many links and breaks, and bad names", () => {
    const problems = packageProblems(
      bytes({
        "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets><sheet name="甲" sheetId="1"/><sheet name="A:B" sheetId="2"/><sheet name="a" sheetId="3"/><sheet name="A" sheetId="4"/></sheets><definedNames><definedName name="x">1</definedName><definedName name="X">2</definedName></definedNames></workbook>`,
        "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>${"长".repeat(MAX_CELL_TEXT + 1)}</t></si></sst>`,
        "xl/worksheets/sheet1.xml": sheet(`<row r="1048577"><c r="XFE1048577"/></row>`).replace(
          "</worksheet>",
          `<dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"${"选项,".repeat(100)}"</formula1></dataValidation></dataValidations><hyperlinks>${'<hyperlink ref="A1" location="A1"/>'.repeat(MAX_HYPERLINKS + 1)}</hyperlinks><rowBreaks>${'<brk id="1"/>'.repeat(MAX_PAGE_BREAKS + 1)}</rowBreaks></worksheet>`,
        ),
        "xl/tables/table1.xml": `<table xmlns="${MAIN}" name="T1" displayName="T1"/>`,
        "xl/tables/table2.xml": `<table xmlns="${MAIN}" name="t1" displayName="1t"/>`,
      }),
    );
    expect(problems).toEqual([
      'xl/workbook.xml: sheet name "A:B": forbiddenCharacter',
      'xl/workbook.xml: sheet name "A": duplicate',
      "xl/workbook.xml: defined name x@ twice",
      "xl/sharedStrings.xml: a shared string over 32767 characters",
      "xl/worksheets/sheet1.xml: row 1048577 past Excel's last row",
      "xl/worksheets/sheet1.xml: cell XFE… past XFD",
      "xl/worksheets/sheet1.xml: 65531 hyperlinks, over 65530",
      "xl/worksheets/sheet1.xml: 1027 page breaks, over 1026",
      "xl/worksheets/sheet1.xml: a drop-down list over 255 characters",
      'xl/tables/table2.xml: table name "t1" is also xl/tables/table1.xml\'s',
      'xl/tables/table2.xml: table displayName "1t" is not a legal name',
    ]);
  });
});

describe("the writer stays within them", () => {
  it("links the first 65,530 cells of a sheet and writes the rest as plain text", () => {
    const plan = emptySheetPlan("issues", "问题");
    const count = MAX_HYPERLINKS + 5;
    for (let row = 0; row < count; row++)
      plan.hyperlinks.push({
        row,
        column: 0,
        sheet: "台账",
        address: `A${row + 1}`,
        text: `A${row + 1}`,
      });
    const bytes = written(plan);
    expect(packageProblems(bytes)).toEqual([]);
    const xml = partsOf(bytes)["xl/worksheets/sheet1.xml"]!;
    expect(xml.match(/<hyperlink /g)?.length).toBe(MAX_HYPERLINKS);
    // The last linked cell and the first unlinked one: both hold their text, only one looks a link.
    const style = (ref: string) => new RegExp(`<c r="${ref}"( s="(\\d+)")?`).exec(xml)?.[2];
    expect(style(`A${MAX_HYPERLINKS}`)).not.toBe(style(`A${MAX_HYPERLINKS + 1}`));
    expect(xml).toContain(`<c r="A${count}"`);
    expect(xml).not.toContain(`<hyperlink ref="A${MAX_HYPERLINKS + 1}"`);
  });

  it("cuts a text longer than a cell holds, between whole characters, and marks the cut", () => {
    const plan = emptySheetPlan("notes", "说明");
    const long = `${"a".repeat(MAX_CELL_TEXT - 2)}😀😀😀`;
    plan.blocks.push({ row: 0, column: 0, values: [[long], ["短"]] });
    const bytes = written(plan);
    expect(packageProblems(bytes)).toEqual([]);
    const text = /<si><t>([^<]*)<\/t><\/si>/.exec(partsOf(bytes)["xl/sharedStrings.xml"]!)?.[1];
    expect(text).toBe(`${"a".repeat(MAX_CELL_TEXT - 2)}…`);
  });

  it("keeps Excel's 1,026 page breaks of a sheet of slips and lets the rest run on", () => {
    const plan = emptySheetPlan("slips", "工作提示单");
    const before = Array.from({ length: 1_200 }, (_, i) => 3 * (i + 1));
    plan.blocks.push({ row: 0, column: 0, values: before.map((r) => [`第${r}行`]) });
    plan.print = { breaksBefore: before };
    const bytes = written(plan);
    expect(packageProblems(bytes)).toEqual([]);
    expect(partsOf(bytes)["xl/worksheets/sheet1.xml"]).toContain(
      `<rowBreaks count="${MAX_PAGE_BREAKS}" manualBreakCount="${MAX_PAGE_BREAKS}">`,
    );
  });
});

describe("a workbook with as many cell formats as Excel allows", () => {
  it("is refused when a write needs one more, and left as it was", () => {
    const source = XlsxPackage.open(emptyWorkbook());
    const styles = source.text("xl/styles.xml")!;
    const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const full = (n: number) =>
      styles.replace(
        /<cellXfs count="1">.*?<\/cellXfs>/,
        `<cellXfs count="${n}">${xf.repeat(n)}</cellXfs>`,
      );
    const plan = emptySheetPlan("notes", "说明");
    plan.blocks.push({ row: 0, column: 0, values: [["文字"]] });
    source.setText("xl/styles.xml", full(MAX_CELL_FORMATS - 1));
    // One format left: the text cell's look takes it.
    const fits = writePlan(source, { sheets: [{ plan, name: plan.name }] }).pkg.save();
    expect(packageProblems(fits)).toEqual([]);
    source.setText("xl/styles.xml", full(MAX_CELL_FORMATS));
    let error: unknown;
    try {
      writePlan(source, { sheets: [{ plan, name: plan.name }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).key).toBe("cellFormatsFull");
    expect(source.text("xl/styles.xml")).toBe(full(MAX_CELL_FORMATS));
  });
});

describe("a merged sheet past Excel's last row", () => {
  const ledger = (file: string, rows: number) =>
    ({
      kind: "problem",
      file,
      sheet: "台账",
      fields: [],
      rows: new Array(rows).fill({ rowNumber: 3, cells: {} }),
      schema: {},
    }) as unknown as ReadLedgerResult;

  it("holds the sheet's rows less its title and header", () => {
    expect(MERGED_ROWS_MAX).toBe(MAX_ROWS - 2);
    const plan = mergedSheetPlan("problem", [ledger("甲.xlsx", 3)], "zh");
    expect(plan.blocks.at(-1)!.row + plan.blocks.at(-1)!.values.length).toBe(1 + 1 + 3);
  });

  it("is refused before a row is copied, naming the ledger kind in the user's language", () => {
    const half = MERGED_ROWS_MAX / 2;
    const ledgers = [ledger("甲.xlsx", half), ledger("乙.xlsx", half + 1)];
    let error: unknown;
    try {
      mergedSheetPlan("problem", ledgers, "zh");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TaizhangError);
    const refused = error as TaizhangError;
    expect(refused.key).toBe("mergedTooLong");
    expect(refused.zh).toContain("“问题整改台账”合并后的行数超过 Excel 一张工作表的上限");
    expect(refused.zh).toContain(`本次共 ${MERGED_ROWS_MAX + 1} 行，来自 2 个文件。`);
    expect(refused.en).toContain(
      "The merged “问题整改台账” has more rows than an Excel sheet holds",
    );
    // One row fewer fits: the refusal is the limit's, not a rounder number's.
    expect(() => mergedSheetPlan("problem", [ledger("甲.xlsx", 1)], "zh")).not.toThrow();
  });
});
