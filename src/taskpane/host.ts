import {
  checkCapabilities,
  officeRequirementCheck,
  type CapabilityReport,
} from "../excel/capabilities";
import { supportsFrom } from "../excel/support";
import { langOfTag, type Lang } from "./i18n";
import { createLedgerOperations, type LedgerOperations } from "./ledgerHost";
import { copyToClipboard } from "./clipboard";
import { localToday } from "./today";

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
  return {
    lang,
    inExcel,
    checkCapabilities: () => checkCapabilities(officeRequirementCheck()),
    operations: inExcel ? officeOperations(lang) : null,
    today: () => localToday(),
    copyText: copyToClipboard,
  };
}

/** The ledger operations on the Excel this page runs in (also used by the ribbon commands). */
export function officeOperations(lang: Lang): LedgerOperations {
  return createLedgerOperations({
    excel: Excel,
    supports: supportsFrom(),
    lang,
    contextYear: new Date().getFullYear(),
  });
}
