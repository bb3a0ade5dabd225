/** Chart title, legend and axis titles: text and visibility an add-in sets on a summary chart. */
import type { HostContext, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { boolArg, oneOf, stringArg } from "./args";
import type { ChartState } from "./chartState";
import { writable } from "./chartState";

const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

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
