// Browser side of the fake Excel: runs right after Microsoft's Excel client library
// (excel-win32-16.01.js, which defines the Office, OfficeExtension, Excel and OSF globals) and
// wires it to the in-memory host of test/fakeExcel, so the built task pane's Office.onReady,
// isSetSupported and Excel.run behave as in Excel. Configured by window.taizhangFakeExcelConfig.
import { installFakeExcel, type InstallOptions } from "../../fakeExcel/browser";

export type FakeExcelPageConfig = InstallOptions;

const page = window as unknown as Record<string, unknown>;
const config = (page["taizhangFakeExcelConfig"] ?? {}) as FakeExcelPageConfig;
const fake = installFakeExcel(
  {
    OfficeExtension: page["OfficeExtension"] as Parameters<
      typeof installFakeExcel
    >[0]["OfficeExtension"],
    Office: page["Office"] as Record<string, unknown>,
    OSF: page["OSF"] as Record<string, unknown> | undefined,
  },
  { displayLanguage: "zh-CN", ...config },
);
page["taizhangFakeExcel"] = { host: fake.host, requestCount: () => fake.requests.count };
