/** Chart series (derived from the source data), their fills, and the chart's data labels. */
import type { Rect } from "../address";
import { hostError } from "../errors";
import type { HostContext, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type { ChartModel } from "../model/chart";
import type { SheetModel } from "../model/sheet";
import { boolArg, intArg, oneOf, stringArg } from "./args";
import type { ChartState } from "./chartState";
import { writable } from "./chartState";
import { rangeArgument } from "./range";
import { normaliseColor } from "./rangeFormat";

export function deriveSeries(
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
