import {
  checkCapabilities,
  officeRequirementCheck,
  type CapabilityReport,
} from "../excel/capabilities";
import { pickLocale, type Locale } from "./i18n";

/**
 * Everything the task pane needs from its host, as plain functions and values. Components get
 * this as a prop and never touch Office.js, so they render the same in tests and in Excel.
 */
export interface TaskpaneHost {
  locale: Locale;
  /** False when the page was opened outside Office (Office.onReady gave no host). */
  inExcel: boolean;
  checkCapabilities(): CapabilityReport;
}

/** The host backed by Office.js, built from what `Office.onReady` reported. */
export function createOfficeHost(info: { host: Office.HostType | null }): TaskpaneHost {
  const inExcel = info.host === Office.HostType.Excel;
  return {
    // Outside Office there is no display language to follow: zh-CN, the product's default.
    locale: pickLocale(inExcel ? Office.context.displayLanguage : undefined),
    inExcel,
    checkCapabilities: () => checkCapabilities(officeRequirementCheck()),
  };
}
