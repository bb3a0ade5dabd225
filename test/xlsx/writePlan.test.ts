// The writer on workbooks written by hand: sheets removed and added with their worksheet-scoped
// names renumbered, owned columns patched into a sheet that uses a namespace prefix, cells and
// rows without addresses and a column range, without touching anything else.
import { describe, expect, it } from "vitest";
import { emptySheetPlan, type OwnedColumnPlan } from "../../src/core/plan/types";
import { definedNames } from "../../src/xlsx/package/definedNames";
import { WorkbookModel } from "../../src/xlsx/package/workbookModel";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { writePlan } from "../../src/xlsx/write/writePlan";
import { MAIN, RELS, handmade } from "./_lib/handmade";

const plainSheet = (cell: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${cell}</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;

describe("sheets and defined names", () => {
  const names =
    `<x:definedName name="_xlnm.Print_Titles" localSheetId="1">'乙'!$1:$2</x:definedName>` +
    `<x:definedName name="全局">'甲'!$A$1</x:definedName>` +
    `<x:definedName name="本表" localSheetId="2" comment="旧的">'丙'!$B$2</x:definedName>`;
  const source = () =>
    XlsxPackage.open(
      handmade({
        sheets: ["甲", "乙", "丙"].map((name) => ({ name, xml: plainSheet(name) })),
        names,
      }),
    );

  it("removes a sheet with its scoped names and keeps the others pointing at their sheets", () => {
    const mark = JSON.stringify({ owner: "台账助手", key: "summary", note: 'a "quoted" > text' });
    const { pkg, sheets } = writePlan(source(), {
      remove: [2],
      sheets: [
        {
          plan: emptySheetPlan("summary", "台账汇总"),
          name: "台账汇总",
          position: 0,
          names: [{ name: "台账助手", formula: '"summary"', comment: mark, hidden: true }],
        },
      ],
    });
    const model = WorkbookModel.read(pkg);
    expect(model.sheets.map((s) => [s.name, s.sheetId])).toEqual([
      ["台账汇总", 4],
      ["甲", 1],
      ["丙", 3],
    ]);
    expect(sheets).toEqual([{ key: "summary", name: "台账汇总", sheetId: 4 }]);
    expect(definedNames(model)).toEqual([
      { name: "全局", formula: "'甲'!$A$1" },
      { name: "本表", formula: "'丙'!$B$2", scope: 3, comment: "旧的" },
      { name: "台账助手", formula: '"summary"', scope: 4, comment: mark, hidden: true },
    ]);
    const xml = pkg.text("xl/workbook.xml")!;
    // The file keeps tab indexes: 丙 moved from 2 to 2 (乙 went, 台账汇总 came first), the new one is 0.
    expect(xml).toContain(`<x:definedName name="本表" localSheetId="2" comment="旧的">`);
    expect(xml).toContain(`localSheetId="0" hidden="1">"summary"</x:definedName>`);
    expect(xml).not.toContain("乙");
    // 乙's part went; the new sheet took the free name, declared once.
    expect(pkg.text("xl/worksheets/sheet2.xml")).not.toContain("乙");
    expect(pkg.text("[Content_Types].xml")!.split("/xl/worksheets/sheet2.xml").length).toBe(2);
    // The source package is untouched.
    expect(WorkbookModel.read(source()).sheets).toHaveLength(3);
  });

  it("renames a sheet with the names that refer to it, and sets and removes names by scope", () => {
    const { pkg } = writePlan(source(), {
      rename: [{ sheetId: 1, name: "甲 表" }],
      names: {
        set: [{ name: "全局", formula: "'甲 表'!$A$1:$A$9", comment: '{"v":2}' }],
        remove: [{ name: "本表", scope: 3 }, { name: "本表" }],
      },
    });
    const model = WorkbookModel.read(pkg);
    expect(model.sheets.map((s) => s.name)).toEqual(["甲 表", "乙", "丙"]);
    expect(definedNames(model)).toEqual([
      { name: "_xlnm.Print_Titles", formula: "'乙'!$1:$2", scope: 2 },
      { name: "全局", formula: "'甲 表'!$A$1:$A$9", comment: '{"v":2}' },
    ]);
    expect(pkg.text("xl/workbook.xml")).toContain(
      `<x:sheet name="甲 表" sheetId="1" r:id="rId1"/><x:sheet name="乙" sheetId="2" r:id="rId2"/>`,
    );
    const renamed = writePlan(source(), { rename: [{ sheetId: 3, name: "丁" }] }).pkg;
    expect(definedNames(WorkbookModel.read(renamed))[2]).toEqual({
      name: "本表",
      formula: "'丁'!$B$2",
      scope: 3,
      comment: "旧的",
    });
  });

  it("refuses to remove a sheet that is not there, before writing anything", () => {
    const pkg = source();
    expect(() => writePlan(pkg, { remove: [9] })).toThrow(/no sheet 9/);
    expect(pkg.changedParts()).toEqual([]);
  });
});

describe("a workbook whose sheet list is empty (<sheets/>)", () => {
  it("puts the new sheets inside <sheets>, not after it", () => {
    const { pkg } = writePlan(XlsxPackage.open(emptyWorkbook()), {
      sheets: [
        { plan: emptySheetPlan("a", "甲"), name: "甲" },
        { plan: emptySheetPlan("b", "乙"), name: "乙" },
      ],
    });
    const xml = pkg.text("xl/workbook.xml") ?? "";
    expect(xml).not.toContain("<sheets/>");
    expect(/<sheets>(<sheet [^>]*\/>){2}<\/sheets>/.test(xml)).toBe(true);
    expect(WorkbookModel.read(pkg).sheets.map((s) => s.name)).toEqual(["甲", "乙"]);
  });
});

describe("owned columns on a sheet written with a namespace prefix", () => {
  const sheet =
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="${RELS}">` +
    `<x:dimension ref="A1:C4"/><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews>` +
    `<x:cols><x:col min="1" max="1024" width="12" customWidth="1"/></x:cols><x:sheetData>` +
    `<x:row r="1" spans="1:3"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>` +
    `<x:row><x:c><x:v>1</x:v></x:c><x:c s="1"><x:v>44377</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c></x:row>` +
    `<x:row r="4"><x:c r="A4"><x:f t="shared" ref="A4:A4" si="0">1+1</x:f><x:v>2</x:v></x:c></x:row>` +
    `</x:sheetData><x:conditionalFormatting sqref="A2"><x:cfRule type="expression" priority="3"><x:formula>TRUE</x:formula></x:cfRule></x:conditionalFormatting>` +
    `<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
  const flags: OwnedColumnPlan = {
    key: "flags",
    sheet: "台账",
    headerRow: 0,
    header: "【台账助手】挂图作战",
    firstRow: 1,
    rowCount: 3,
    formulaR1C1: '=IF(RC3="已完成","红旗","黑旗")',
    width: 72,
    conditionalFormat: [
      { label: "红旗", fill: "#C00000", fontColor: "#FFFFFF" },
      { label: "黑旗", fill: "#000000", fontColor: "#FFFFFF" },
    ],
  };
  const write = () =>
    writePlan(
      XlsxPackage.open(
        handmade({
          sheets: [{ name: "台账", xml: sheet }],
          strings: ["序号", "完成时限", "状态", "已完成"],
        }),
      ),
      {
        columns: [
          {
            sheetId: 1,
            columns: [{ plan: flags, column: 3, previous: null, formulaR1C1: flags.formulaR1C1! }],
          },
        ],
      },
    ).pkg;

  it("puts the cells in their rows in column order, creating the missing row", () => {
    const xml = write().text("xl/worksheets/sheet1.xml")!;
    const rows = xml.slice(xml.indexOf("<x:sheetData>"), xml.indexOf("</x:sheetData>"));
    expect(
      rows
        .split("<x:row")
        .slice(1)
        .map((r) => `<x:row${r}`),
    ).toEqual([
      `<x:row r="1" spans="1:4"><x:c t="s" r="A1"><x:v>0</x:v></x:c><x:c t="s" r="B1"><x:v>1</x:v></x:c><x:c t="s" r="C1"><x:v>2</x:v></x:c><x:c r="D1" s="2" t="s"><x:v>4</x:v></x:c></x:row>`,
      `<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c s="1" r="B2"><x:v>44377</x:v></x:c><x:c t="s" r="C2"><x:v>3</x:v></x:c><x:c r="D2"><x:f t="shared" ref="D2:D4" si="1">IF($C2="已完成","红旗","黑旗")</x:f></x:c></x:row>`,
      `<x:row r="3"><x:c r="D3"><x:f t="shared" si="1"/></x:c></x:row>`,
      `<x:row r="4"><x:c r="A4"><x:f t="shared" ref="A4:A4" si="0">1+1</x:f><x:v>2</x:v></x:c><x:c r="D4"><x:f t="shared" si="1"/></x:c></x:row>`,
    ]);
  });

  it("splits the column range for the width, widens the dimension and adds rules after the sheet's own", () => {
    const xml = write().text("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain(`<x:dimension ref="A1:D4"/>`);
    expect(xml).toContain(
      `<x:cols><x:col min="1" max="3" width="12" customWidth="1"/><x:col min="4" max="4" width="13.71484375" customWidth="1"/><x:col min="5" max="1024" width="12" customWidth="1"/></x:cols>`,
    );
    expect(xml).toContain(
      `<x:conditionalFormatting sqref="A2"><x:cfRule type="expression" priority="3"><x:formula>TRUE</x:formula></x:cfRule></x:conditionalFormatting>` +
        `<x:conditionalFormatting sqref="D2:D4"><x:cfRule type="cellIs" dxfId="0" priority="4" operator="equal"><x:formula>"红旗"</x:formula></x:cfRule>` +
        `<x:cfRule type="cellIs" dxfId="1" priority="5" operator="equal"><x:formula>"黑旗"</x:formula></x:cfRule></x:conditionalFormatting><x:pageMargins`,
    );
    // Every element the writer added speaks the sheet's prefix.
    expect(xml).not.toMatch(
      /<\/?(?:c|row|f|v|col|cols|conditionalFormatting|cfRule|formula)[\s/>]/,
    );
  });

  it("appends styles and strings without renumbering, and asks for calculation on open", () => {
    const pkg = write();
    const styles = pkg.text("xl/styles.xml")!;
    expect(styles).toContain(
      `<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<x:xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></x:cellXfs>`,
    );
    expect(styles).toContain(
      `<x:fonts count="2"><x:font><x:sz val="12"/><x:name val="宋体"/><x:charset val="134"/></x:font><x:font><x:b/><x:sz val="12"/><x:name val="宋体"/><x:charset val="134"/></x:font></x:fonts>`,
    );
    expect(styles).toMatch(
      /<x:dxfs count="2"><x:dxf><x:font><x:color rgb="FFFFFFFF"\/><\/x:font><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFC00000"\/>/,
    );
    expect(styles.indexOf("<x:dxfs")).toBeGreaterThan(styles.indexOf("</x:cellStyles>"));
    expect(pkg.text("xl/sharedStrings.xml")).toContain(
      `count="5" uniqueCount="5"><x:si><x:t>序号</x:t></x:si><x:si><x:t>完成时限</x:t></x:si><x:si><x:t>状态</x:t></x:si><x:si><x:t>已完成</x:t></x:si><x:si><x:t>【台账助手】挂图作战</x:t></x:si></x:sst>`,
    );
    expect(pkg.text("xl/workbook.xml")).toContain(`<x:calcPr calcId="191029" fullCalcOnLoad="1"/>`);
  });

  it("rewrites its own column: the old cells and rules go, the user's stay", () => {
    const first = write();
    const again = writePlan(first, {
      columns: [
        {
          sheetId: 1,
          columns: [
            {
              plan: { ...flags, rowCount: 1, conditionalFormat: [flags.conditionalFormat![0]!] },
              column: 3,
              previous: { row: 0, column: 3, rowCount: 4, columnCount: 1 },
              formulaR1C1: flags.formulaR1C1!,
            },
          ],
        },
      ],
    }).pkg;
    const xml = again.text("xl/worksheets/sheet1.xml")!;
    expect(xml).not.toContain(`r="D3"`);
    expect(xml).not.toContain(`r="D4"`);
    expect(xml).toContain(`<x:c r="D2"><x:f>IF($C2="已完成","红旗","黑旗")</x:f></x:c>`);
    expect(xml).toContain(
      `<x:c r="A4"><x:f t="shared" ref="A4:A4" si="0">1+1</x:f><x:v>2</x:v></x:c></x:row>`,
    );
    expect(xml.match(/<x:conditionalFormatting /g)).toHaveLength(2);
    expect(xml).toContain(`<x:conditionalFormatting sqref="D2">`);
  });

  it("makes a new sheet the selected one and clears the old selection (two would be a group)", () => {
    const { pkg } = writePlan(
      XlsxPackage.open(handmade({ sheets: [{ name: "台账", xml: sheet }] })),
      {
        sheets: [{ plan: emptySheetPlan("summary", "台账汇总"), name: "台账汇总" }],
        activate: true,
      },
    );
    expect(pkg.text("xl/worksheets/sheet1.xml")).toContain(`<x:sheetView workbookViewId="0"/>`);
    expect(pkg.text("xl/worksheets/sheet2.xml")).toContain(
      `<sheetView tabSelected="1" workbookViewId="0"/>`,
    );
    expect(pkg.text("xl/workbook.xml")).toContain(
      `<x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets>`,
    );
  });
});

describe("the calculation chain", () => {
  it("goes with any write: it names formula cells by position, and Excel rebuilds it", () => {
    const chainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";
    const source = XlsxPackage.open(
      handmade({
        sheets: [{ name: "甲", xml: plainSheet("甲") }],
        parts: {
          "xl/calcChain.xml": `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="B1" i="1"/></calcChain>`,
        },
        overrides: { "/xl/calcChain.xml": chainType },
        workbookRels: `<Relationship Id="rIdC" Type="${RELS}/calcChain" Target="calcChain.xml"/>`,
      }),
    );
    const { pkg } = writePlan(source, {
      sheets: [{ plan: emptySheetPlan("summary", "台账汇总"), name: "台账汇总" }],
    });
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(pkg.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(pkg.text("[Content_Types].xml")).not.toContain(chainType);
    expect(source.has("xl/calcChain.xml")).toBe(true);
  });
});
