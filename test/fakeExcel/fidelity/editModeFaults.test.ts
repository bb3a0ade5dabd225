// Cell edit mode, injected failures and the answers Excel on the web gives oversize requests:
// the failures users meet first when the fake is kinder than Excel.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

const seed = {
  sheets: [
    {
      name: "台账",
      cells: [
        ["院名称", "状态"],
        ["阿坝县院", "整改中"],
      ],
    },
  ],
};

function writeTwo(fx: Awaited<ReturnType<typeof createFakeExcel>>, options?: Excel.RunOptions) {
  const body = async (ctx: Excel.RequestContext) => {
    const sheet = ctx.workbook.worksheets.getItem("台账");
    sheet.getRange("C1").values = [["标记"]];
    sheet.getRange("C2").values = [["红"]];
    await ctx.sync();
  };
  return options ? fx.Excel.run(options, body) : fx.Excel.run(body);
}

const cell = (fx: Awaited<ReturnType<typeof createFakeExcel>>, row: number, column: number) =>
  fx.workbook.findSheet("台账")?.peek(row, column)?.value;

describe("cell edit mode", () => {
  it("fails every request with InvalidOperationInCellEditMode and applies nothing", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.enterCellEdit();
    const error = await catchError(writeTwo(fx));
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(cell(fx, 0, 2)).toBeUndefined();
    fx.exitCellEdit();
    await writeTwo(fx);
    expect(cell(fx, 1, 2)).toBe("红");
  });

  it("holds a delayForCellEdit batch until the edit ends (ExcelApi 1.11)", async () => {
    const fx = await createFakeExcel({ workbook: seed, apiVersion: "1.11" });
    fx.enterCellEdit();
    let done = false;
    const run = writeTwo(fx, { delayForCellEdit: true }).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(cell(fx, 0, 2)).toBeUndefined();
    fx.exitCellEdit();
    await run;
    expect(cell(fx, 1, 2)).toBe("红");
  });

  it("has no delayForCellEdit below ExcelApi 1.11: the batch fails", async () => {
    const fx = await createFakeExcel({ workbook: seed, apiVersion: "1.10" });
    expect(fx.Office.context.requirements.isSetSupported("DelayForCellEdit")).toBe(false);
    fx.enterCellEdit();
    const error = await catchError(writeTwo(fx, { delayForCellEdit: true }));
    expect(error.code).toBe("InvalidOperationInCellEditMode");
  });

  it("fails a batch part-way when the person starts editing between its requests", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.beforeRequest(() => fx.enterCellEdit(), 1);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("台账");
        sheet.getRange("C1").values = [["标记"]];
        await ctx.sync();
        sheet.getRange("C2").values = [["红"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect([cell(fx, 0, 2), cell(fx, 1, 2)]).toEqual(["标记", undefined]);
  });
});

describe("injected failures", () => {
  it("fail request n with GeneralException by default, applying none of it", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.failRequest(0);
    const error = await catchError(writeTwo(fx));
    expect(error.code).toBe("GeneralException");
    expect(fx.requests.entries[0]?.errorCode).toBe("GeneralException");
    expect(cell(fx, 0, 2)).toBeUndefined();
  });

  it("apply the actions before the failing one: batches are not transactional", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await writeTwo(fx);
    const names = fx.requests.actionsOf(0);
    const secondWrite = names.findIndex(
      (a, i) => a === "SetProperty Values" && i > names.indexOf("SetProperty Values"),
    );
    expect(secondWrite).toBeGreaterThan(0);
    const again = await createFakeExcel({ workbook: seed });
    again.failRequest(0, { code: "InvalidArgument", afterActions: secondWrite });
    const error = await catchError(writeTwo(again));
    expect(error.code).toBe("InvalidArgument");
    expect([cell(again, 0, 2), cell(again, 1, 2)]).toEqual(["标记", undefined]);
  });

  it("lose the answer of a request that ran in full", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.failRequest(0, { afterActions: 1_000 });
    const error = await catchError(writeTwo(fx));
    expect(error.code).toBe("GeneralException");
    expect([cell(fx, 0, 2), cell(fx, 1, 2)]).toEqual(["标记", "红"]);
  });

  it("can fail as an HTTP 500 of Excel on the web's service", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.failRequest(0, { as: "http500" });
    const error = await catchError(writeTwo(fx));
    expect(error.code).toBe("GeneralException");
    expect(fx.requests.entries[0]?.httpStatus).toBe(500);
    expect(cell(fx, 0, 2)).toBeUndefined();
  });

  it("count from the moment they are scheduled, so a later request can fail", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await writeTwo(fx);
    fx.failRequest(1);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("台账");
        sheet.getRange("D1").values = [["一"]];
        await ctx.sync();
        sheet.getRange("D2").values = [["二"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect([cell(fx, 0, 3), cell(fx, 1, 3)]).toEqual(["一", undefined]);
  });
});

describe("oversize requests on Excel on the web", () => {
  const rows = Array.from({ length: 400 }, (_, i) => [`第${i}行`, "整改中"]);
  const bigWrite = (fx: Awaited<ReturnType<typeof createFakeExcel>>) =>
    catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange(`A1:B${rows.length}`).values = rows;
        await ctx.sync();
      }),
    );

  it.each([
    ["documented", "RequestPayloadSizeLimitExceeded", undefined],
    ["GeneralException", "GeneralException", undefined],
    ["http500", "GeneralException", 500],
  ] as const)("can be answered as %s", async (failure, code, status) => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.setPayloadLimit(10_000, { failure });
    const error = await bigWrite(fx);
    expect(error.code).toBe(code);
    expect(fx.requests.entries[0]?.httpStatus).toBe(status);
    expect(cell(fx, 399, 0)).toBeUndefined();
  });
});
