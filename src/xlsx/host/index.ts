export { createXlsxHost, type XlsxHost, type XlsxHostOptions, type SheetsReader } from "./xlsxHost";
