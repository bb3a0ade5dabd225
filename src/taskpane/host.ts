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
import { createPaneConsolidation, type PaneConsolidation } from "./consolidation";
import { themeNameOf, type ThemeName } from "./theme";
import { workerCoreWork } from "./worker/workerCoreWork";

/**
 * Everything the task pane needs from its host, as plain functions and values. Components get
 * this as a prop and never touch Office.js, so they render the same in tests and in Excel.
 */
export interface TaskpaneHost {
  lang: Lang;
  /** Light or dark, as Office shows itself. */
  theme: ThemeName;
  /** False when the page was opened outside Office (Office.onReady gave no host). */
  inExcel: boolean;
  checkCapabilities(): CapabilityReport;
  /** The workbook operations; null outside Excel. */
  operations: LedgerOperations | null;
  /** 合并报送: offices' files into the open workbook; absent outside Excel. */
  consolidation?: PaneConsolidation | null;
  /** Today as YYYY-MM-DD: the as-of date until the workbook keeps one. */
  today(): string;
  copyText(text: string): Promise<void>;
}

/** The host backed by Office.js, built from what `Office.onReady` reported. */
export function createOfficeHost(info: { host: Office.HostType | null }): TaskpaneHost {
  const inExcel = info.host === Office.HostType.Excel;
  // Outside Office there is no display language to follow: zh-CN, the product's default.
  const lang = langOfTag(inExcel ? Office.context.displayLanguage : undefined);
  const context = appContext(lang);
  // The core's share of each workflow, and reading the files picked for 合并报送, run in a
  // worker: a 20,000-row ledger never freezes the pane. Where no worker starts, it runs on the
  // page (its code then loads on first use).
  const work = workerCoreWork(
    context,
    () => new Worker(new URL("./worker/coreWorker.ts", import.meta.url), { name: "taizhang-core" }),
    () => import("./worker/paneWork").then((m) => m.inlinePaneWork(context)),
  );
  const excel = inExcel ? officeExcelHost() : null;
  return {
    lang,
    theme: inExcel ? themeNameOf(Office.context.officeTheme) : "light",
    inExcel,
    checkCapabilities: () => checkCapabilities(officeRequirementCheck()),
    operations: excel ? createLedgerOperations(excel, context, work) : null,
    consolidation: excel ? createPaneConsolidation(excel, context, work) : null,
    today: context.today,
    copyText: copyToClipboard,
  };
}
