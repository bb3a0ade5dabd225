import type { PrintPlan } from "./types";

/**
 * How a list sheet prints (问题清单, 合并台账, 重复编号): landscape, one page wide however many
 * columns, the header row on every page — without it a merged ledger of twenty columns prints
 * as page after page of one column band, and page two on has no titles.
 */
export function listPrint(headerRow: number): PrintPlan {
  return {
    breaksBefore: [],
    orientation: "Landscape",
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
  };
}
