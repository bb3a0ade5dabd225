import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../fake-excel";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { LEDGER_SCHEMAS } from "../../src/core/ledgers";

describe("smoke", () => {
  it("inserts a template", async () => {
    const fx = await createFakeExcel();
    const supports = (v: string) => fx.Office.context.requirements.isSetSupported("ExcelApi", v);
    const result = await fx.Excel.run((ctx) => insertTemplate(ctx, LEDGER_SCHEMAS.problem, supports));
    console.log(result, fx.requests.count, fx.requests.entries.map((e) => [e.bytes, e.errorCode]));
    expect(result.sheetNames).toBeDefined();
  });
});
