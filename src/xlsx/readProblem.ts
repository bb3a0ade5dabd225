// What can stop a file from being read, as data: the reader returns these beside the sheets it
// could read, and each front end words them (readMessages.ts) in the user's language.

/** A refusal that concerns the whole file: no sheet of it is read. */
export type FileProblem =
  /** Password-protected workbook (an OLE file holding EncryptedPackage), or a zip with encrypted entries. */
  | { type: "encrypted" }
  /** Excel 97–2003 workbook (BIFF in an OLE file), whatever its name says. */
  | { type: "legacyXls" }
  /** Excel binary workbook (.xlsb). */
  | { type: "xlsb" }
  /** OpenDocument spreadsheet (.ods, WPS/LibreOffice). */
  | { type: "ods" }
  /** A web page or XML spreadsheet saved with an Excel name (HTML table, SpreadsheetML 2003). */
  | { type: "markup" }
  /** Not a spreadsheet at all: an image, a PDF, a Word file, binary bytes. */
  | { type: "notSpreadsheet" }
  /** A zip or workbook whose structure is broken (truncated download, damaged disk). */
  | { type: "damaged" }
  /** The file is larger than MAX_FILE_BYTES. */
  | { type: "fileTooLarge"; bytes: number; limit: number }
  /** A part inflates past its limit: a zip bomb, or a workbook far beyond any ledger. */
  | { type: "partTooLarge"; part: string; limit: number }
  /** More cells (and merged areas) than MAX_CELLS. */
  | { type: "tooManyCells"; limit: number };

/** A refusal that concerns one sheet: the others are still read. */
export interface SheetProblem {
  type: "sheetTooLarge";
  sheet: string;
  /** The used range, e.g. "A1:XFD1048576". */
  range: string;
  cells: number;
  limit: number;
}

export type ReadProblem = FileProblem | SheetProblem;

/** Thrown inside the reader to abandon the file; readSpreadsheet turns it into its problem. */
export class ReadFailure extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.type);
    this.name = "ReadFailure";
  }
}
