// What the pane's 合并报送 tests share: the pane's context and choice, the offices' files as the
// pane gets them (with a registry and last period's file), and a workbook with the user's own
// sheets that must come through untouched.
import type { ConsolidationWorkMethods } from "../../../src/taskpane/worker/protocol";
import { createExcelHost } from "../../../src/excel/excelHost";
import { createPaneConsolidation, type PickedFile } from "../../../src/taskpane/consolidation";
import { inlinePaneWork } from "../../../src/taskpane/worker/paneWork";
import { expect } from "vitest";
import type { FakeExcel } from "../../fakeExcel";
import {
  A_HEADER,
  A_ROWS,
  B_HEADER,
  B_ROWS,
  officeWorkbook,
  registryWorkbook,
} from "../../xlsx/_lib/offices";

export const context = { lang: "zh" as const, today: () => "2021-06-30", year: 2021 };
export const CHOICE = { asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true } as const;

/** A picked file as the pane gets it: a name, and its bytes when asked (a fresh copy each time). */
export function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

export const USER_SHEETS = [
  { name: "我的工作", cells: [["本月要点"], ["=1+1 不是公式"]] },
  // A user's own sheet under the name of one the add-in writes: never taken.
  {
    name: "报送情况",
    cells: [
      ["院名称", "备注"],
      ["阿坝县院", "电话已催"],
    ],
  },
];

export async function paneOn(
  fx: FakeExcel,
  work: ConsolidationWorkMethods = inlinePaneWork(context),
) {
  const host = createExcelHost({
    excel: fx.Excel,
    supports: (v) => fx.Office.context.requirements.isSetSupported("ExcelApi", v),
  });
  return { host, consolidation: createPaneConsolidation(host, context, work) };
}

export function untouched(fx: FakeExcel) {
  expect(fx.userCellsChangedByAddIn()).toEqual([]);
  expect(fx.userSheetsDeleted()).toEqual([]);
  expect(fx.workbook.findSheet("我的工作")?.peek(1, 0)?.value).toBe("=1+1 不是公式");
  expect(fx.workbook.findSheet("报送情况")?.peek(1, 1)?.value).toBe("电话已催");
}

export async function offices() {
  const a = await officeWorkbook(A_HEADER, A_ROWS);
  const b = await officeWorkbook(B_HEADER, B_ROWS);
  return {
    files: [
      picked("阿坝.xlsx", a),
      picked("甘洛.xlsx", b),
      picked("阿坝（重发）.xlsx", a),
      // A download cut short: unreadable, named, and the others still merged.
      picked("玛多.xlsx", a.slice(0, 200)),
    ],
    registry: [
      picked(
        "名册.xlsx",
        await registryWorkbook(["阿坝县人民检察院", "甘洛县人民检察院", "玛多县人民检察院"]),
      ),
    ],
    previous: [picked("甘洛-5月.xlsx", b)],
  };
}
