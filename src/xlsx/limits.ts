// How much a file may make the reader do. Each limit sits far above what a real ledger needs
// (a 200,000-row × 15-column workbook is about 3 million cells, 10 MB zipped, 100 MB of sheet
// XML) and far below what takes a machine down: a few crafted bytes can name a cell at
// XFD1048576, or inflate to gigabytes. Past a limit the file is refused with a message; nothing
// is cut short silently.

/** A file larger than this is not read at all (the CLI checks it before reading). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Inflated bytes of any one part of a workbook (declared and actual). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

/** Inflated bytes of all the parts read from one workbook together. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Inflated bytes of the shared-string table (every distinct text of the workbook; a 200k-row
 * ledger with a distinct text in every measure row has about 36 MB of it).
 */
export const MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024;

/** Cells holding a value, plus merged areas, in one workbook. */
export const MAX_CELLS = 10_000_000;

/**
 * Rows × columns of one sheet as handed to the core, which takes a dense grid: a sheet whose used
 * range (from A1 to its last row and last column holding a value) is larger is refused.
 */
export const MAX_GRID_CELLS = 20_000_000;
