import {
  checkCapabilities,
  officeRequirementCheck,
  type CapabilityReport,
} from "../excel/capabilities";
import { langOfTag, type Lang } from "./i18n";
import { createLedgerOperations, type LedgerOperations } from "../app/operations";
import { appContext } from "../app/context";
import { officeExcelHost } from "../excel/excelHost";
import { copyToClipboard } from "./clipboard";

/**
 * Everything the task pane needs from its host, as plain functions and values. Components get
 * this as a prop and never touch Office.js, so they render the same in tests and in Excel.
 */
export interface TaskpaneHost {
  lang: Lang;
  /** False when the page was opened outside Office (Office.onReady gave no host). */
  inExcel: boolean;
  checkCapabilities(): CapabilityReport;
  /** The workbook operations; null outside Excel. */
  operations: LedgerOperations | null;
  /** Today as YYYY-MM-DD: the default as-of date, read here at the call site. */
  today(): string;
  copyText(text: string): Promise<void>;
}

/** The host backed by Office.js, built from what `Office.onReady` reported. */
export function createOfficeHost(info: { host: Office.HostType | null }): TaskpaneHost {
  const inExcel = info.host === Office.HostType.Excel;
  // Outside Office there is no display language to follow: zh-CN, the product's default.
  const lang = langOfTag(inExcel ? Office.context.displayLanguage : undefined);
  const context = appContext(lang);
  return {
    lang,
    inExcel,
    checkCapabilities: () => checkCapabilities(officeRequirementCheck()),
    operations: inExcel ? createLedgerOperations(officeExcelHost(), context) : null,
    today: context.today,
    copyText: copyToClipboard,
  };
}
