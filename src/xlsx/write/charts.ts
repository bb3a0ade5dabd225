import { columnLetter, quoteSheet } from "../../core/model/address";
import type { ChartPlan, PlanValue } from "../../core/plan/types";
import { XML_DECLARATION, escapeText, escapeXml } from "../package/xml";
import { argb } from "./styleBook";

// Native charts as DrawingML parts: a chart part per plan chart (clustered columns or stacked
// bars, series read from the plan's source block, colours from the plan), and one drawing per
// sheet that places them. Each series also carries the figures as its cache, so a reader that
// does not recalculate (a viewer, a preview) still draws them.

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMU_PER_POINT = 12_700;

/** The source block's cells as the sheet holds them, to fill the caches. */
export type CellsAt = (row: number, column: number) => PlanValue;

function absolute(sheet: string, row: number, column: number, lastRow = row): string {
  const col = `$${columnLetter(column)}`;
  const first = `${col}$${row + 1}`;
  return `${quoteSheet(sheet)}!${first}${lastRow === row ? "" : `:${col}$${lastRow + 1}`}`;
}

function strCache(values: readonly PlanValue[]): string {
  const points = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v === null ? "" : String(v))}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly PlanValue[], format: string): string {
  const points = values
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function richTitle(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/**
 * The chart part: the source block's first row names the series, its first column holds the
 * categories, each further column one series. `format` is the number format of the series
 * cells (percent for completion rates), linked to the axis.
 */
export function chartXml(plan: ChartPlan, sheet: string, cells: CellsAt, format: string): string {
  const { source } = plan;
  const firstData = source.row + 1;
  const lastData = source.row + source.rowCount - 1;
  const categories: PlanValue[] = [];
  for (let r = firstData; r <= lastData; r++) categories.push(cells(r, source.column));
  const series: string[] = [];
  for (let s = 1; s < source.columnCount; s++) {
    const column = source.column + s;
    const values: PlanValue[] = [];
    for (let r = firstData; r <= lastData; r++) values.push(cells(r, column));
    const color = plan.colors?.[s - 1];
    const fill = color
      ? `<c:spPr><a:solidFill><a:srgbClr val="${argb(color).slice(2)}"/></a:solidFill></c:spPr>`
      : "";
    series.push(
      `<c:ser><c:idx val="${s - 1}"/><c:order val="${s - 1}"/>` +
        `<c:tx><c:strRef><c:f>${escapeText(absolute(sheet, source.row, column))}</c:f>${strCache([cells(source.row, column)])}</c:strRef></c:tx>` +
        `${fill}<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(absolute(sheet, firstData, source.column, lastData))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(absolute(sheet, firstData, column, lastData))}</c:f>${numCache(values, format)}</c:numRef></c:val>` +
        `</c:ser>`,
    );
  }
  const stacked = plan.type === "BarStacked";
  const horizontal = plan.type.startsWith("Bar");
  const axes = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  const chart =
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? `<c:overlap val="100"/>` : ""}${axes}</c:barChart>`;
  const catAx =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:roundedCorners val="0"/><c:chart>${richTitle(plan.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${chart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A drawing placing each chart at its top-left cell with its size in points. */
export function drawingXml(charts: readonly { plan: ChartPlan; rid: string }[]): string {
  const anchors = charts
    .map(({ plan, rid }, i) => {
      const cx = Math.round(plan.width * EMU_PER_POINT);
      const cy = Math.round(plan.height * EMU_PER_POINT);
      return (
        `<xdr:oneCellAnchor><xdr:from><xdr:col>${plan.anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
        `<xdr:row>${plan.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:ext cx="${cx}" cy="${cy}"/>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(plan.key)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${rid}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
      );
    })
    .join("");
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;
}
