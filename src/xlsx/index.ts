export { readWorkbook } from "./readWorkbook";
export { readSpreadsheet, type SpreadsheetOptions } from "./readSpreadsheet";
export { readFileSheets, type FileSheets } from "./readFileSheets";
export { readXlsx, type ReadOptions, type ReadResult } from "./readXlsx";
export { readCsv, decodeCsv, type CsvOptions } from "./readCsv";
export { decodeText, type DecodedText, type TextEncoding } from "./decodeText";
export { readProblemText } from "./readMessages";
export type { ReadProblem, FileProblem, SheetProblem } from "./readProblem";
export { MAX_FILE_BYTES } from "./limits";
