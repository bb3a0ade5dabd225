import { inlineCoreWork } from "../../../src/app/coreWork";
import { createLedgerOperations, type LedgerOperations } from "../../../src/app/operations";
import { createExcelHost } from "../../../src/excel/excelHost";
import type { FakeExcel } from "../../fakeExcel";

/** The workflows on a fake workbook, as the task pane and the ribbon run them (as of 2021-06-30). */
export function excelOperations(
  fx: FakeExcel,
  options: { editDelayMs?: number } = {},
): LedgerOperations {
  const host = createExcelHost({
    excel: fx.Excel,
    supports: (v) => fx.Office.context.requirements.isSetSupported("ExcelApi", v),
    ...options,
  });
  const context = { lang: "zh" as const, today: () => "2021-06-30", year: 2021 };
  return createLedgerOperations(host, context, inlineCoreWork(context));
}
