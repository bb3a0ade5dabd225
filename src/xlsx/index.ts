export { readWorkbook } from "./readWorkbook";
export { readCsv, decodeCsv } from "./readCsv";
export { cellValue } from "./cellValue";
