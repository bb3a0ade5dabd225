/**
 * Charts: enough of Excel's chart model for the summary sheet — a type, source data, series
 * derived from it, title, axes titles, legend, position, delete.
 */
import { columnLetters, parseLocalAddress } from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type { ChartModel } from "../model/chart";
import type { SheetModel } from "../model/sheet";
import { intArg, numberArg, oneOf, stringArg } from "./args";
import { ChartAxesType, ChartLegendType, ChartTitleType } from "./chartParts";
import { ChartDataLabelsType, ChartSeriesCollectionType, deriveSeries } from "./chartSeries";
import type { ChartState } from "./chartState";
import { writable } from "./chartState";
import type { RangeState } from "./rangeCells";
import { rangeArgument } from "./range";

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Radar",
] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

function chartNumber(key: "top" | "left" | "height" | "width") {
  return {
    since: "1.1",
    get: (s: ChartState) => s.chart[key],
    set: (s: ChartState, v: unknown, ctx: HostContext) => {
      writable(s, ctx, `Chart.${key}`);
      s.chart[key] = numberArg(v, key, `Chart.${key}`);
    },
  };
}

export const ChartType: ObjectType<ChartState> = {
  name: "Chart",
  identity: (s) => ({ Id: s.chart.id }),
  properties: {
    id: { since: "1.7", get: (s) => s.chart.id },
    name: {
      since: "1.1",
      get: (s) => s.chart.name,
      set: (s, v, ctx) => {
        writable(s, ctx, "Chart.name");
        s.chart.name = stringArg(v, "name", "Chart.name");
      },
    },
    chartType: {
      since: "1.7",
      get: (s) => s.chart.chartType,
      set: (s, v, ctx) => {
        writable(s, ctx, "Chart.chartType");
        s.chart.chartType = oneOf(v, CHART_TYPES, "chartType", "Chart.chartType");
      },
    },
    top: chartNumber("top"),
    left: chartNumber("left"),
    height: chartNumber("height"),
    width: chartNumber("width"),
  },
  children: {
    title: { since: "1.1", get: (s) => hostObject(ChartTitleType, s) },
    legend: { since: "1.1", get: (s) => hostObject(ChartLegendType, s) },
    axes: { since: "1.1", get: (s) => hostObject(ChartAxesType, s) },
    series: { since: "1.1", get: (s) => hostObject(ChartSeriesCollectionType, s) },
    dataLabels: { since: "1.1", get: (s) => hostObject(ChartDataLabelsType, s) },
  },
  methods: {
    setPosition: {
      since: "1.1",
      call: (s, [start, end], ctx) => {
        writable(s, ctx, "Chart.setPosition");
        const a = parseLocalAddress(stringArg(start, "startCell", "Chart.setPosition"));
        const b =
          end === undefined || end === null
            ? a
            : parseLocalAddress(stringArg(end, "endCell", "Chart.setPosition"));
        s.chart.position = {
          startCell: `${columnLetters(a.left)}${a.top + 1}`,
          endCell: `${columnLetters(b.right)}${b.bottom + 1}`,
        };
        s.chart.top = a.top * 15;
        s.chart.left = a.left * 48;
        s.chart.height = (b.bottom - a.top + 1) * 15;
        s.chart.width = (b.right - a.left + 1) * 48;
      },
    },
    setData: {
      since: "1.1",
      call: (s, [source, seriesBy], ctx) => {
        writable(s, ctx, "Chart.setData");
        const range = rangeArgument(source, s.sheet, ctx, "Chart.setData");
        s.chart.source = range.rect;
        s.chart.seriesBy =
          seriesBy === undefined ? "Auto" : oneOf(seriesBy, SERIES_BY, "seriesBy", "Chart.setData");
        s.chart.series = deriveSeries(range.sheet, range.rect, s.chart.seriesBy, ctx);
      },
    },
    delete: {
      since: "1.1",
      call: (s, _a, ctx) => {
        writable(s, ctx, "Chart.delete");
        s.sheet.charts = s.sheet.charts.filter((c) => c !== s.chart);
      },
    },
  },
};

function chartObject(sheet: SheetModel, chart: ChartModel): HostObject {
  return hostObject(ChartType, { sheet, chart });
}

function findChart(sheet: SheetModel, key: unknown): ChartModel | undefined {
  if (typeof key !== "string")
    throw hostError(
      "InvalidArgument",
      `charts.getItem: key must be a string, got ${JSON.stringify(key)}`,
    );
  return sheet.charts.find((c) => c.id === key || c.name === key);
}

export const ChartCollectionType: ObjectType<SheetModel> = {
  name: "ChartCollection",
  properties: { count: { since: "1.1", get: (s) => s.charts.length } },
  items: (s) => s.charts.map((c) => chartObject(s, c)),
  indexer: (s, key) => {
    const chart = findChart(s, key);
    if (!chart)
      throw hostError(
        "ItemNotFound",
        `charts.getItem(${JSON.stringify(key)}) on sheet "${s.name}"`,
      );
    return chartObject(s, chart);
  },
  methods: {
    add: {
      since: "1.1",
      call: (s, [type, source, seriesBy], ctx) => {
        ctx.workbook.assertWritable(s, "charts.add");
        const chartType = oneOf(type, CHART_TYPES, "type", "charts.add");
        const range: RangeState = rangeArgument(source, s, ctx, "charts.add");
        const by =
          seriesBy === undefined || seriesBy === null
            ? "Auto"
            : oneOf(seriesBy, SERIES_BY, "seriesBy", "charts.add");
        const n = s.charts.length + 1;
        const chart: ChartModel = {
          id: ctx.workbook.newId(),
          name: `Chart ${n}`,
          chartType,
          source: range.rect,
          seriesBy: by,
          title: { text: "", visible: false },
          legend: { visible: true, position: "Right" },
          dataLabels: {
            showValue: false,
            showSeriesName: false,
            showCategoryName: false,
            showLegendKey: false,
            position: "BestFit",
          },
          axes: {
            category: { title: { text: "", visible: false }, visible: true },
            value: { title: { text: "", visible: false }, visible: true },
          },
          series: deriveSeries(range.sheet, range.rect, by, ctx),
          position: {},
          top: 0,
          left: 0,
          height: 216,
          width: 360,
        };
        s.charts.push(chart);
        return chartObject(s, chart);
      },
    },
    getItemOrNullObject: {
      since: "1.4",
      call: (s, [key]) => {
        const chart = findChart(s, key);
        return chart ? chartObject(s, chart) : null;
      },
    },
    getCount: { since: "1.4", call: (s) => s.charts.length },
    getItemAt: {
      since: "1.1",
      call: (s, [i]) => {
        const chart = s.charts[intArg(i, "index", "charts.getItemAt")];
        if (!chart) throw hostError("ItemNotFound", `charts.getItemAt(${String(i)})`);
        return chartObject(s, chart);
      },
    },
  },
};
