// Browser side of the fake Excel: runs right after Microsoft's Excel client library
// (excel-win32-16.01.js, which defines the Office, OfficeExtension, Excel and OSF globals) and
// wires it to the in-memory host of test/fakeExcel, so the built task pane's Office.onReady,
// isSetSupported and Excel.run behave as in Excel. Configured by window.taizhangFakeExcelConfig.
import { installFakeExcel, type InstallOptions } from "../../fakeExcel/browser";
import { bigLedgerSeed } from "./bigLedger";

/** What Office.context.officeTheme answers, as Excel's dark grey and white themes do. */
export const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3D3D3D",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

export interface FakeExcelPageConfig extends InstallOptions {
  theme?: keyof typeof OFFICE_THEMES;
  /** A long problem ledger built in the page, added after the seed's sheets (and made active). */
  bigLedger?: { name: string; rows: number };
}

const page = window as unknown as Record<string, unknown>;
const config = (page["taizhangFakeExcelConfig"] ?? {}) as FakeExcelPageConfig;
const { theme, bigLedger, ...install } = config;
const workbook = bigLedger
  ? {
      ...install.workbook,
      sheets: [...(install.workbook?.sheets ?? []), bigLedgerSeed(bigLedger.name, bigLedger.rows)],
      active: install.workbook?.sheets?.length ?? 0,
    }
  : install.workbook;
const fake = installFakeExcel(
  {
    OfficeExtension: page["OfficeExtension"] as Parameters<
      typeof installFakeExcel
    >[0]["OfficeExtension"],
    Office: page["Office"] as Record<string, unknown>,
    OSF: page["OSF"] as Record<string, unknown> | undefined,
  },
  { displayLanguage: "zh-CN", ...install, ...(workbook ? { workbook } : {}) },
);
const office = page["Office"] as { context: Record<string, unknown> };
office.context["officeTheme"] = OFFICE_THEMES[theme ?? "light"];
page["taizhangFakeExcel"] = {
  host: fake.host,
  requestCount: () => fake.requests.count,
  userEdit: fake.userEdit,
  // Each answer a timer later, as Excel's come back over its channel (benchmarks: the page's
  // work then falls into one task a request, as in Excel).
  setLatency: fake.setLatency,
};
