// Excel's hard limits that a written workbook must stay within ("Excel specifications and
// limits", Microsoft Support): past one, Excel offers to repair the file and drops what is over.
// Rows and columns are in src/core/model/address (MAX_ROWS, MAX_COLUMNS); a list validation's
// 255 characters and its alert's lengths are in templatePlan.

/** Characters one cell can hold (UTF-16 code units, as Excel counts them). */
export const MAX_CELL_TEXT = 32_767;

/** Hyperlinks in one worksheet. */
export const MAX_HYPERLINKS = 65_530;

/** Manual page breaks in one worksheet (horizontal and vertical). */
export const MAX_PAGE_BREAKS = 1_026;

/** Unique cell formats (cellXfs) in one workbook. */
export const MAX_CELL_FORMATS = 65_490;
