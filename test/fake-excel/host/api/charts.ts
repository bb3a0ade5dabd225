/**
 * Charts: enough of Excel's chart model for the summary sheet — a type, source data, series
 * derived from it, title, axes titles, legend, position, delete.
 */
import type { Rect } from "../address";
import { columnLetters, parseLocalAddress } from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../host-object";
import { hostObject } from "../host-object";
import type { ChartModel } from "../model/chart";
import type { SheetModel } from "../model/sheet";
import { boolArg, intArg, numberArg, oneOf, stringArg } from "./args";
import type { RangeState } from "./range-cells";
import { rangeArgument } from "./range";
import { normaliseColor } from "./range-format";

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
const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

interface ChartState {
  sheet: SheetModel;
  chart: ChartModel;
}

function writable(s: ChartState, ctx: HostContext, what: string) {
  ctx.workbook.assertWritable(s.sheet, what);
}

function deriveSeries(
  sheet: SheetModel,
  source: Rect,
  seriesBy: string,
  ctx: HostContext,
): ChartModel["series"] {
  const byColumns =
    seriesBy === "Columns" ||
    (seriesBy === "Auto" && source.bottom - source.top >= source.right - source.left);
  const text = (r: number, c: number) =>
    String(ctx.workbook.computedValue(sheet, r, c, sheet.peek(r, c)));
  const series: ChartModel["series"] = [];
  if (byColumns) {
    for (let c = source.left + 1; c <= source.right; c++) {
      series.push({
        name: text(source.top, c),
        hasDataLabels: false,
        values: { top: source.top + 1, bottom: source.bottom, left: c, right: c },
      });
    }
  } else {
    for (let r = source.top + 1; r <= source.bottom; r++) {
      series.push({
        name: text(r, source.left),
        hasDataLabels: false,
        values: { top: r, bottom: r, left: source.left + 1, right: source.right },
      });
    }
  }
  return series;
}

function textProp(get: (s: ChartState) => { text: string }, what: string) {
  return {
    since: "1.1",
    get: (s: ChartState) => get(s).text,
    set: (s: ChartState, v: unknown, ctx: HostContext) => {
      writable(s, ctx, what);
      const target = get(s) as { text: string; visible?: boolean };
      target.text = stringArg(v, "text", what);
      if ("visible" in target) target.visible = true;
    },
  };
}

function visibleProp(get: (s: ChartState) => { visible: boolean }, what: string, since = "1.1") {
  return {
    since,
    get: (s: ChartState) => get(s).visible,
    set: (s: ChartState, v: unknown, ctx: HostContext) => {
      writable(s, ctx, what);
      get(s).visible = boolArg(v, "visible", what);
    },
  };
}

export const ChartTitleType: ObjectType<ChartState> = {
  name: "ChartTitle",
  properties: {
    text: textProp((s) => s.chart.title, "ChartTitle.text"),
    visible: visibleProp((s) => s.chart.title, "ChartTitle.visible"),
  },
};

export const ChartLegendType: ObjectType<ChartState> = {
  name: "ChartLegend",
  properties: {
    visible: visibleProp((s) => s.chart.legend, "ChartLegend.visible"),
    position: {
      since: "1.1",
      get: (s) => s.chart.legend.position,
      set: (s, v, ctx) => {
        writable(s, ctx, "ChartLegend.position");
        s.chart.legend.position = oneOf(v, LEGEND_POSITIONS, "position", "ChartLegend.position");
      },
    },
  },
};

interface AxisState extends ChartState {
  axis: "category" | "value";
}

export const ChartAxisTitleType: ObjectType<AxisState> = {
  name: "ChartAxisTitle",
  properties: {
    text: textProp((s) => s.chart.axes[(s as AxisState).axis].title, "ChartAxisTitle.text"),
    visible: visibleProp(
      (s) => s.chart.axes[(s as AxisState).axis].title,
      "ChartAxisTitle.visible",
    ),
  },
};

export const ChartAxisType: ObjectType<AxisState> = {
  name: "ChartAxis",
  properties: {
    visible: visibleProp((s) => s.chart.axes[(s as AxisState).axis], "ChartAxis.visible", "1.7"),
  },
  children: { title: { since: "1.1", get: (s) => hostObject(ChartAxisTitleType, s) } },
};

export const ChartAxesType: ObjectType<ChartState> = {
  name: "ChartAxes",
  children: {
    categoryAxis: {
      since: "1.1",
      get: (s) => hostObject(ChartAxisType, { ...s, axis: "category" }),
    },
    valueAxis: { since: "1.1", get: (s) => hostObject(ChartAxisType, { ...s, axis: "value" }) },
  },
};

interface SeriesState extends ChartState {
  index: number;
}

function seriesOf(s: SeriesState) {
  const series = s.chart.series[s.index];
  if (!series) throw hostError("ItemNotFound", `chart "${s.chart.name}" has no series ${s.index}`);
  return series;
}

export const ChartFillType: ObjectType<SeriesState> = {
  name: "ChartFill",
  methods: {
    setSolidColor: {
      since: "1.1",
      call: (s, [color], ctx) => {
        writable(s, ctx, "ChartFill.setSolidColor");
        seriesOf(s).fillColor = normaliseColor(
          stringArg(color, "color", "ChartFill.setSolidColor"),
          "ChartFill.setSolidColor",
        );
      },
    },
    clear: {
      since: "1.1",
      call: (s, _a, ctx) => {
        writable(s, ctx, "ChartFill.clear");
        delete seriesOf(s).fillColor;
      },
    },
  },
};

export const ChartSeriesFormatType: ObjectType<SeriesState> = {
  name: "ChartSeriesFormat",
  children: { fill: { since: "1.1", get: (s) => hostObject(ChartFillType, s) } },
};

type LabelFlag = "showValue" | "showSeriesName" | "showCategoryName" | "showLegendKey";

function labelFlag(key: LabelFlag) {
  return {
    since: "1.1",
    get: (s: ChartState) => s.chart.dataLabels[key],
    set: (s: ChartState, v: unknown, ctx: HostContext) => {
      writable(s, ctx, `ChartDataLabels.${key}`);
      s.chart.dataLabels[key] = boolArg(v, key, `ChartDataLabels.${key}`);
    },
  };
}

const LABEL_POSITIONS = [
  "Invalid",
  "None",
  "Center",
  "InsideEnd",
  "InsideBase",
  "OutsideEnd",
  "Left",
  "Right",
  "Top",
  "Bottom",
  "BestFit",
  "Callout",
] as const;

export const ChartDataLabelsType: ObjectType<ChartState> = {
  name: "ChartDataLabels",
  properties: {
    showValue: labelFlag("showValue"),
    showSeriesName: labelFlag("showSeriesName"),
    showCategoryName: labelFlag("showCategoryName"),
    showLegendKey: labelFlag("showLegendKey"),
    position: {
      since: "1.1",
      get: (s) => s.chart.dataLabels.position,
      set: (s, v, ctx) => {
        writable(s, ctx, "ChartDataLabels.position");
        s.chart.dataLabels.position = oneOf(
          v,
          LABEL_POSITIONS,
          "position",
          "ChartDataLabels.position",
        );
      },
    },
  },
};

export const ChartSeriesType: ObjectType<SeriesState> = {
  name: "ChartSeries",
  children: { format: { since: "1.1", get: (s) => hostObject(ChartSeriesFormatType, s) } },
  properties: {
    name: {
      since: "1.1",
      get: (s) => seriesOf(s).name,
      set: (s, v, ctx) => {
        writable(s, ctx, "ChartSeries.name");
        seriesOf(s).name = stringArg(v, "name", "ChartSeries.name");
      },
    },
    hasDataLabels: {
      since: "1.7",
      get: (s) => seriesOf(s).hasDataLabels,
      set: (s, v, ctx) => {
        writable(s, ctx, "ChartSeries.hasDataLabels");
        seriesOf(s).hasDataLabels = boolArg(v, "hasDataLabels", "ChartSeries.hasDataLabels");
      },
    },
  },
  methods: {
    delete: {
      since: "1.7",
      call: (s, _a, ctx) => {
        writable(s, ctx, "ChartSeries.delete");
        s.chart.series.splice(s.index, 1);
      },
    },
    setValues: {
      since: "1.7",
      call: (s, [source], ctx) => {
        writable(s, ctx, "ChartSeries.setValues");
        seriesOf(s).values = rangeArgument(source, s.sheet, ctx, "ChartSeries.setValues").rect;
      },
    },
  },
};

export const ChartSeriesCollectionType: ObjectType<ChartState> = {
  name: "ChartSeriesCollection",
  properties: { count: { since: "1.1", get: (s) => s.chart.series.length } },
  items: (s) => s.chart.series.map((_, index) => hostObject(ChartSeriesType, { ...s, index })),
  methods: {
    getItemAt: {
      since: "1.1",
      call: (s, [i]) => {
        const index = intArg(i, "index", "ChartSeriesCollection.getItemAt");
        seriesOf({ ...s, index });
        return hostObject(ChartSeriesType, { ...s, index });
      },
    },
    getCount: { since: "1.4", call: (s) => s.chart.series.length },
    add: {
      since: "1.7",
      call: (s, [name], ctx) => {
        writable(s, ctx, "ChartSeriesCollection.add");
        s.chart.series.push({
          name:
            name === undefined
              ? `Series${s.chart.series.length + 1}`
              : stringArg(name, "name", "ChartSeriesCollection.add"),
          hasDataLabels: false,
        });
        return hostObject(ChartSeriesType, { ...s, index: s.chart.series.length - 1 });
      },
    },
  },
};

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
