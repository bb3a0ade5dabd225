// Excel on the web refuses a request over 5 MB before running any of it; the fake must too,
// or a bulk write that would fail for users passes in tests.
import { describe, expect, it } from "vitest";
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT } from "..";
import { catchError } from "./catchError";

describe("payload limit", () => {
  it("defaults to 5 MB", () => {
    expect(DEFAULT_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });

  it("refuses an oversized request with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const fx = await createFakeExcel();
    fx.setPayloadLimit(10_000);
    const rows = Array.from({ length: 400 }, (_, i) => [`第${i}行`, "整改中"]);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("D1").values = [["first action"]];
        sheet.getRange(`A1:B${rows.length}`).values = rows;
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(fx.OfficeExtension.Error);
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fx.workbook.findSheet("Sheet1")?.cells.size).toBe(0);
    expect(fx.requests.entries[0]?.bytes).toBeGreaterThan(10_000);
    expect(fx.requests.entries[0]?.errorCode).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("accepts the same data split into requests under the limit", async () => {
    const fx = await createFakeExcel();
    fx.setPayloadLimit(10_000);
    const rows = Array.from({ length: 400 }, (_, i) => [`第${i}行`, "整改中"]);
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows.length; start += 100) {
        sheet.getRange(`A${start + 1}:B${start + 100}`).values = rows.slice(start, start + 100);
        await ctx.sync();
      }
    });
    expect(fx.workbook.findSheet("Sheet1")?.peek(399, 0)?.value).toBe("第399行");
    expect(fx.requests.entries.every((e) => e.bytes <= 10_000)).toBe(true);
  });

  it("fails a read whose answer would pass the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const column = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:A");
        column.load("values");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
