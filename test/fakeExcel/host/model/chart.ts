/** A chart as an add-in builds it: type, source data, title, axes, series, legend and position. */
import type { Rect } from "../address";

export interface ChartSeriesModel {
  name: string;
  hasDataLabels: boolean;
  /** Solid fill set through series.format.fill.setSolidColor. */
  fillColor?: string;
  values?: Rect;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  source: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  dataLabels: {
    showValue: boolean;
    showSeriesName: boolean;
    showCategoryName: boolean;
    showLegendKey: boolean;
    position: string;
  };
  axes: Record<
    "category" | "value",
    { title: { text: string; visible: boolean }; visible: boolean }
  >;
  series: ChartSeriesModel[];
  position: { startCell?: string; endCell?: string };
  top: number;
  left: number;
  height: number;
  width: number;
}
