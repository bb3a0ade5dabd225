/** What every chart sub-object knows: its sheet and chart, and the write check they share. */
import type { HostContext } from "../hostObject";
import type { ChartModel } from "../model/chart";
import type { SheetModel } from "../model/sheet";

export interface ChartState {
  sheet: SheetModel;
  chart: ChartModel;
}

export function writable(s: ChartState, ctx: HostContext, what: string) {
  ctx.workbook.assertWritable(s.sheet, what);
}
