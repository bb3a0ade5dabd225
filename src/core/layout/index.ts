/**
 * How a sheet is laid out, before any cell is read as data: where the header is and how its
 * labels join (`detectLayout`), which column holds which field (`mapColumns`), which ledger kind
 * the labels point to (`chooseSchema`), what the title rows say (`titleContext`), merged areas
 * filled down (`filledGrid`), and what kind of row each row is (`classifyRow`).
 */
export { chooseSchema, fitSchema, type SchemaFit } from "./chooseSchema";
export { classifyRow, rowSummary, type RowClass, type SkippedRow } from "./classifyRow";
export { headerCopies, isHeaderCopy, type HeaderCopy } from "./repeatedHeader";
export { contextOffice, type ContextLine, type ContextOffice } from "./contextOffice";
export { detectLayout, HeaderHits } from "./detectLayout";
export { findTables, type TableRows } from "./findTables";
export { sectionHeading, type SectionHeading } from "./sectionRow";
export { filledGrid } from "./filledGrid";
export { GENERIC_KIND, genericSchema } from "./genericSchema";
export type { ColumnLabel, SheetLayout } from "./layout";
export { mapColumns, type ColumnMapping } from "./mapColumns";
export {
  compileFieldKeys,
  labelConfidence,
  labelKey,
  MIN_CONFIDENCE,
  type FieldKeys,
} from "./matchLabel";
export { isCountLabel, matchKey } from "./headerWords";
export { titleContext, type TitleContext } from "./titleContext";
