// RowWriter writes cells in pieces for speed; each cell must still be the element cellXml (the
// one-string reference) writes: shared strings as t="s", numbers as numbers, the style index
// kept, styled empty cells kept, unstyled ones left out, the row number in every address.
import { describe, expect, it } from "vitest";
import type { PlanValue } from "../../core/plan/types";
import { cellXml } from "./cellXml";
import { RowWriter } from "./rowWriter";
import { SharedStrings } from "./sharedStrings";

function sink() {
  const pieces: string[] = [];
  return { write: (text: string) => void pieces.push(text), text: () => pieces.join("") };
}

const VALUES: PlanValue[] = ["整改中", "=SUM(A1)", "", null, 0, -1.25, 44288, true, false, NaN];

describe("RowWriter", () => {
  it.each([0, 5])("writes each value as cellXml does, with style %i", (style) => {
    const out = sink();
    const rows = new RowWriter(out, new SharedStrings(undefined));
    const reference = new SharedStrings(undefined);
    // Row 11 (0-based), from column Y on, so addresses need two letters past column Z.
    rows.begin(11);
    VALUES.forEach((value, i) => rows.value(24 + i, style, value));
    rows.end();
    const cells = VALUES.map((value, i) =>
      (value === null || value === "") && style === 0
        ? ""
        : cellXml(11, 24 + i, { value, style }, reference),
    ).join("");
    expect(out.text()).toBe(`<row r="12">${cells}</row>`);
    expect(out.text()).toContain(style === 0 ? '<c r="Y12" t="s"><v>0</v></c>' : 's="5" t="s"');
    expect(out.text()).toContain(style === 0 ? '<c r="AC12"><v>0</v></c>' : '<c r="AB12" s="5"/>');
  });

  it("leaves out a row with no cells, unless it has attributes; numbers each row", () => {
    const out = sink();
    const rows = new RowWriter(out, new SharedStrings(undefined));
    rows.begin(0);
    rows.value(0, 0, null);
    rows.value(1, 0, "");
    rows.end();
    rows.begin(1, ' ht="30" customHeight="1"');
    rows.end();
    rows.begin(99_999);
    rows.value(2, 0, 7);
    rows.xml('<c r="D100000"><f>C100000*2</f></c>');
    rows.end();
    expect(out.text()).toBe(
      '<row r="2" ht="30" customHeight="1"></row>' +
        '<row r="100000"><c r="C100000"><v>7</v></c><c r="D100000"><f>C100000*2</f></c></row>',
    );
  });
});
