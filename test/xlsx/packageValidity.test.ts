// Every workbook the .xlsx host writes must open in Excel without a repair prompt. Reading it
// back with our own reader proves little (it finds a <sheet> wherever it stands), so the
// packages are checked the way Excel would: well-formed parts, content types, relationships and
// schema order (test/xlsx/_lib/packageCheck.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { exceljsWorkbook, workbookWithForeignParts } from "./_lib/fixture";
import { A_HEADER, A_ROWS, B_HEADER, B_ROWS, officeWorkbook } from "./_lib/offices";
import { packageProblems } from "./_lib/packageCheck";
import { partsOf } from "./_lib/parts";
import { zipOf } from "./_lib/xlsxBytes";

let dir = "";
const path = (name: string) => join(dir, name);

async function run(...args: string[]) {
  const quiet = () => undefined;
  return main(args, { out: quiet, err: quiet });
}

/** The fixture with what Excel writes for an empty sheet and an empty style list: `<x/>`. */
async function withEmptyElements(): Promise<Uint8Array> {
  const files = unzipSync(await exceljsWorkbook());
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const parts: Record<string, string | Uint8Array> = { ...files };
  parts["xl/worksheets/sheet9.xml"] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData/></worksheet>';
  parts["xl/workbook.xml"] = text("xl/workbook.xml").replace(
    "</sheets>",
    '<sheet name="空表" sheetId="9" r:id="rId99"/></sheets>',
  );
  parts["xl/_rels/workbook.xml.rels"] = text("xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>',
  );
  parts["[Content_Types].xml"] = text("[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  parts["xl/styles.xml"] = text("xl/styles.xml").replace(
    /<dxfs[^>]*(\/>|>[\s\S]*?<\/dxfs>)/,
    '<dxfs count="0"/>',
  );
  return zipOf(parts);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-package-"));
  writeFileSync(path("台账.xlsx"), await exceljsWorkbook());
  writeFileSync(path("带图表.xlsx"), await workbookWithForeignParts());
  writeFileSync(path("空元素.xlsx"), await withEmptyElements());
  writeFileSync(path("甲县院.xlsx"), await officeWorkbook(A_HEADER, A_ROWS));
  writeFileSync(path("乙县院.xlsx"), await officeWorkbook(B_HEADER, B_ROWS));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the checker", () => {
  it("finds a sheet written after an empty <sheets/>, a part without a type and a dangling link", () => {
    const bad = zipOf({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="xl/workbook.xml"/></Relationships>',
      "xl/workbook.xml":
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/><sheet name="a" sheetId="1" r:id="rId1"/></workbook>',
      "xl/_rels/workbook.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
      "xl/styles.xml": "<styleSheet><fonts></styleSheet>",
    });
    expect(packageProblems(bad)).toEqual([
      "xl/styles.xml: not well-formed XML",
      "xl/styles.xml: no content type",
      "xl/_rels/workbook.xml.rels: rId1 → missing xl/worksheets/sheet1.xml",
      "xl/workbook.xml: <sheet> is no child of the root",
    ]);
  });
});

describe("what the CLI writes opens without repair", () => {
  it("apply, on an ExcelJS workbook, one with a chart and custom XML, and one with empty elements", async () => {
    for (const input of ["台账.xlsx", "带图表.xlsx", "空元素.xlsx"]) {
      const output = path(`处理后-${input}`);
      expect(await run("apply", path(input), "-o", output, "--as-of", "2021-06-30")).toBeLessThan(
        2,
      );
      expect(packageProblems(readFileSync(output)), input).toEqual([]);
    }
  });

  it("template: a new workbook", async () => {
    const output = path("模板.xlsx");
    expect(await run("template", "-o", output)).toBe(0);
    expect(packageProblems(readFileSync(output))).toEqual([]);
    expect(partsOf(readFileSync(output))["xl/workbook.xml"]).toMatch(
      /<sheets><sheet [^]*<\/sheets>/,
    );
  });

  it("consolidate: a new workbook from two offices' files", async () => {
    const output = path("合并.xlsx");
    expect(
      await run("consolidate", path("甲县院.xlsx"), path("乙县院.xlsx"), "-o", output),
    ).toBeLessThan(2);
    expect(packageProblems(readFileSync(output))).toEqual([]);
    // The list sheets print one page wide with their header row on every page.
    const parts = partsOf(readFileSync(output));
    const workbook = parts["xl/workbook.xml"]!;
    for (const sheet of ["问题整改台账（合并）", "重复编号"])
      expect(workbook, sheet).toContain(`>'${sheet}'!$2:$2</definedName>`);
    const fitted = Object.entries(parts).filter(
      ([name, xml]) =>
        name.startsWith("xl/worksheets/") && /<pageSetup[^>]*fitToHeight="0"/.test(xml),
    );
    expect(fitted.length).toBeGreaterThanOrEqual(4);
  });
});
