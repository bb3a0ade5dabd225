// Workbooks for the .xlsx writer's tests, built the way users' files come: by a spreadsheet
// program (ExcelJS here), with the messy problem ledger of the app tests, a registry, a
// formula, user text that looks like formulas, full-width punctuation, and — added to the zip
// by hand — parts ExcelJS knows nothing of: a chart on the user's sheet and a custom XML part.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { problemSeed, registrySeed } from "../../app/_lib/messyLedger";

export const PROBLEM = problemSeed.name;
export const REGISTRY = registrySeed.name;
/** Text a careless writer would turn into formulas, and full-width punctuation. */
export const TRICKY = [
  '=HYPERLINK("http://x")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1)",
  "-1+2",
  "（已完成）；，。：！",
];

/** The messy ledger and registry as ExcelJS writes them, plus a notes sheet with tricky text. */
export async function exceljsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const seed of [problemSeed, registrySeed]) {
    const ws = wb.addWorksheet(seed.name);
    (seed.cells ?? []).forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
      });
    });
    for (const m of seed.merges ?? [])
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const notes = wb.addWorksheet("说明");
  TRICKY.forEach((text, i) => (notes.getCell(i + 1, 1).value = text));
  notes.getCell(1, 2).value = { formula: "1+1", result: 2 };
  notes.getCell(2, 2).value = new Date(Date.UTC(2021, 5, 30));
  notes.getCell(2, 2).numFmt = "yyyy-mm-dd";
  wb.getWorksheet(PROBLEM)!.getColumn(3).width = 30;
  wb.definedNames.add(`'${REGISTRY}'!$A$1:$A$3`, "院名单");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>\'薄弱院名册\'!$D$2:$D$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';
export const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<省院 xmlns="urn:example:other">报送</省院>';

/**
 * The ExcelJS workbook with a user's chart on the registry sheet (drawing + chart parts) and a
 * custom XML part of someone else's: parts ExcelJS would drop if it re-saved the file.
 */
export async function workbookWithForeignParts(): Promise<Uint8Array> {
  const files: Zippable = unzipSync(await exceljsWorkbook());
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  const set = (name: string, value: string) => (files[name] = strToU8(value));
  set("xl/charts/chart1.xml", CHART_XML);
  set(
    "xl/drawings/drawing1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="3000000" cy="2000000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="用户图表"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
  );
  set(
    "xl/drawings/_rels/drawing1.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  set(
    "xl/worksheets/_rels/sheet2.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
  );
  set(
    "xl/worksheets/sheet2.xml",
    text("xl/worksheets/sheet2.xml").replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'),
  );
  set("customXml/item1.xml", CUSTOM_XML);
  set(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  set(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return zipSync(files);
}
