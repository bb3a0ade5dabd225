/**
 * Which ExcelApi versions the host supports. The task pane passes the check from
 * capabilities.ts (see supportsFrom); tests pass the fake host's. Features the layer gates, with the version that
 * brings them, are listed here so a fallback names what is missing.
 */
export type Supports = (version: string) => boolean;

export const FEATURE_VERSION = {
  /** settings, named items, getItemOrNullObject, getIntersectionOrNullObject */
  base: "1.4",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  hyperlinks: "1.7",
  workbookProtection: "1.7",
  dataValidation: "1.8",
  readOnly: "1.8",
  pageBreaks: "1.9",
  specialCells: "1.9",
  /**
   * worksheet.onFormatChanged (1.9) with onRowSorted / onColumnSorted (1.10): with them every
   * change to a sheet's cells raises an event, so a re-check may read only the rows named.
   */
  editEvents: "1.10",
  mergedAreas: "1.13",
} as const;

export type Feature = keyof typeof FEATURE_VERSION;

export function has(supports: Supports, feature: Feature): boolean {
  return supports(FEATURE_VERSION[feature]);
}
