export type { Cell, CellArea, SheetInput, SheetVisibility } from "./cell";
export * from "./ledger";
export type { RowRef } from "./rowRef";
export { langOfTag, langTag, type Lang } from "./lang";
export {
  MAX_COLUMNS,
  MAX_ROWS,
  areaAddress,
  areaFits,
  cellAddress,
  columnIndex,
  columnLetter,
  parseAddress,
  parseSheetReference,
  quoteSheet,
} from "./address";
