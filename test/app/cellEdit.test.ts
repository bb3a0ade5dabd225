// While a person types in a cell, Excel refuses add-in requests (InvalidOperationInCellEditMode);
// the fake does too (test/fakeExcel/host/cellEdit.ts). Where ExcelApi 1.11 lets Excel hold the
// batch until the edit ends, the host asks it to; before that the user reads what to do.
import { describe, expect, it } from "vitest";
import { TaizhangError } from "../../src/excel/error";
import { createFakeExcel } from "../fakeExcel";
import { excelOperations } from "./_lib/excelOperations";
import { messyWorkbook, PROBLEM_SHEET } from "./_lib/messyLedger";

describe("a person editing a cell", () => {
  it("holds the work until the edit ends where ExcelApi 1.11 can", async () => {
    const fx = await createFakeExcel({ workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    fx.enterCellEdit();
    let settled = false;
    const validated = ops.validate().finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    fx.exitCellEdit();
    const v = await validated;
    expect(v.ledgers.map((l) => l.sheet)).toEqual([PROBLEM_SHEET]);
  });

  it("says to finish the edit, in the user's words, where Excel cannot wait (before 1.11)", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.10", workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    fx.enterCellEdit();
    const before = fx.snapshot();
    const error = await ops.validate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect(error).toMatchObject({ key: "cellEditing" });
    expect((error as TaizhangError).zh).toContain("请先完成单元格编辑");
    expect(fx.snapshot()).toEqual(before);
    // The same action works once the edit ends.
    fx.exitCellEdit();
    await expect(ops.validate()).resolves.toMatchObject({ truncated: false });
  });

  it("refuses a write the same way, and writes nothing", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.10", workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    fx.enterCellEdit();
    const before = fx.snapshot();
    const error = await ops
      .applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "cellEditing" });
    expect(fx.snapshot()).toEqual(before);
  });
});
