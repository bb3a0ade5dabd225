import { describe, expect, it } from "vitest";
import { formulaCells, formulaKey } from "./formulaCells";

const sheet = (data: string, p = "") =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${data}</${p}sheetData><${p}conditionalFormatting sqref="A1"><${p}cfRule type="expression"><${p}formula>A1</${p}formula></${p}cfRule></${p}conditionalFormatting></${p}worksheet>`;

const keys = (cells: ReadonlySet<number>) => [...cells].sort((a, b) => a - b);

describe("formulaCells", () => {
  it("finds formulas and shared-formula children by their cells' addresses, not constants", () => {
    const xml = sheet(
      '<row r="3"><c r="K3" t="s"><v>0</v></c><c r="M3" t="inlineStr"><is><t>f</t></is></c></row>' +
        '<row r="4"><c r="M4"><f t="shared" ref="M4:M6" si="0">IF(A4="","",1)</f><v>1</v></c></row>' +
        '<row r="5"><c r="M5" t="str"><v>人工改为红旗</v></c></row>' +
        '<row r="6"><c r="M6"><f t="shared" si="0"/></c></row>',
    );
    expect(keys(formulaCells(xml))).toEqual([formulaKey(3, 12), formulaKey(5, 12)]);
  });

  it("reads a prefixed sheet, and cells without addresses by their order", () => {
    const prefixed = sheet('<x:row r="2"><x:c r="B2"><x:f>1+1</x:f></x:c></x:row>', "x:");
    expect(keys(formulaCells(prefixed))).toEqual([formulaKey(1, 1)]);
    const unaddressed = sheet(
      "<row><c><v>1</v></c><c><f>A1</f></c></row><row><c><f>1</f></c></row>",
    );
    expect(keys(formulaCells(unaddressed))).toEqual([formulaKey(0, 1), formulaKey(1, 0)]);
  });
});
