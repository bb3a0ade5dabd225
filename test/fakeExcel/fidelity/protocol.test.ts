/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// The harness is honest only if the real library decides what a read before load does and how
// many round trips a batch costs. These tests pin both against Microsoft's own code.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

const seed = {
  sheets: [
    {
      name: "台账",
      cells: [
        ["院名称", "问题数"],
        ["阿坝县院", 6],
        ["长汀县院", 15],
      ],
    },
  ],
};

describe("reads go through the real library", () => {
  it("fails with PropertyNotLoaded when range.values is read without load and sync", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:B3");
        return range.values;
      }),
    );
    expect(error).toBeInstanceOf(fx.OfficeExtension.Error);
    expect(error.code).toBe("PropertyNotLoaded");
    expect(fx.requests.count).toBe(0);
  });

  it("fails with PropertyNotLoaded when load is queued but sync has not run", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:B3");
        range.load("values");
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("reads the fake workbook's cells after load and sync", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const read = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:B3");
      range.load(["values", "address", "rowCount", "columnCount", "valueTypes", "numberFormat"]);
      await ctx.sync();
      return {
        values: range.values,
        address: range.address,
        rows: range.rowCount,
        columns: range.columnCount,
        types: range.valueTypes,
        formats: range.numberFormat,
      };
    });
    expect(read).toEqual({
      values: [
        ["院名称", "问题数"],
        ["阿坝县院", 6],
        ["长汀县院", 15],
      ],
      address: "台账!A1:B3",
      rows: 3,
      columns: 2,
      types: [
        ["String", "String"],
        ["String", "Double"],
        ["String", "Double"],
      ],
      formats: [
        ["General", "General"],
        ["General", "General"],
        ["General", "General"],
      ],
    });
  });

  it("sees a write made earlier in the same batch, and the workbook model holds it", async () => {
    const fx = await createFakeExcel();
    const values = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2:C2");
      range.values = [["已整改", 3]];
      range.load("values");
      await ctx.sync();
      return range.values;
    });
    expect(values).toEqual([["已整改", 3]]);
    expect(fx.workbook.sheets[0]?.peek(1, 1)?.value).toBe("已整改");
  });
});

describe("round trips", () => {
  it("sends one request per context.sync() plus Excel.run's closing request that releases kept ranges", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      const range = sheet.getRange("A1:B3");
      range.load("values");
      await ctx.sync();
      sheet.getRange("D1").values = [["x"]];
      await ctx.sync();
    });
    // Observed: the library keeps every Range it creates (_KeepReference) and, after the batch,
    // sends one more request of _RemoveReference actions. It does not wait for that request.
    expect(fx.requests.count).toBe(3);
    expect(fx.requests.actionsOf(2)).toEqual([
      "Instantiate",
      "Method _RemoveReference",
      "Method _RemoveReference",
    ]);
    expect(fx.host.references.size).toBe(0);
  });

  it("sends no closing request when the batch created no range", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const name = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.load("name");
      await ctx.sync();
      return sheet.name;
    });
    expect(name).toBe("台账");
    expect(fx.requests.count).toBe(1);
  });

  it("lets Excel.run send the writes left pending after the last sync (one request, not zero)", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [["备注"]];
    });
    // One request carries the pending write (Excel.run's own sync), one releases the range.
    expect(fx.requests.count).toBe(2);
    expect(fx.workbook.findSheet("台账")?.peek(0, 2)?.value).toBe("备注");
  });

  it("sends one request for the first sync of a batch even with nothing queued, and none after", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    // Observed: a new context queues the instantiation of context.workbook, so the first sync
    // (or Excel.run's own final sync) always costs one round trip.
    expect(fx.requests.count).toBe(1);
    expect(fx.requests.actionsOf(0)).toEqual(["Instantiate"]);
  });

  it("costs one request for an Excel.run that never syncs", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async () => undefined);
    expect(fx.requests.count).toBe(1);
  });

  it("counts request bytes and can be reset", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A10:A11").values = [
        ["一段很长的文字".repeat(20)],
        ["x"],
      ];
      await ctx.sync();
    });
    expect(fx.requests.bytes).toBeGreaterThan(20 * 7 * 3);
    expect(fx.requests.entries[0]?.bytes).toBe(
      new TextEncoder().encode(JSON.stringify(fx.requests.bodies[0])).length,
    );
    fx.requests.reset();
    expect(fx.requests.count).toBe(0);
    expect(fx.requests.bytes).toBe(0);
  });

  it("keeps a range usable across syncs through its reference id", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("B2");
      range.load("values");
      await ctx.sync();
      range.values = [[Number(range.values[0]?.[0]) + 1]];
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("台账")?.peek(1, 1)?.value).toBe(7);
    const second = fx.requests.bodies[1];
    expect(Object.values(second?.ObjectPaths ?? {}).some((p) => p.ObjectPathType === 6)).toBe(true);
  });
});

describe("isolation", () => {
  it("gives each fake its own library and workbook in one file", async () => {
    const a = await createFakeExcel({ workbook: { sheets: [{ name: "甲" }] } });
    const b = await createFakeExcel({ workbook: { sheets: [{ name: "乙" }] } });
    expect(a.Excel).not.toBe(b.Excel);
    const names = async (fx: typeof a) =>
      fx.Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
    expect(await names(a)).toEqual(["甲"]);
    expect(await names(b)).toEqual(["乙"]);
    expect(a.requests.count).toBe(1);
    expect(b.requests.count).toBe(1);
  });

  it("answers Office.context.requirements and Office.onReady", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.6" });
    await expect(fx.Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(false);
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(fx.Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("bulk writes", () => {
  it("sends a write of more than 1,500 cells in one request, chunked by the library", async () => {
    const fx = await createFakeExcel();
    const rows = Array.from({ length: 2000 }, (_, i) => [`第${i + 1}行`, i]);
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2000").values = rows;
      await ctx.sync();
    });
    const actions = fx.requests.actionsOf(0);
    expect(actions).toContain("Method _ValidateArraySize");
    expect(actions.filter((a) => a === "SetProperty Values").length).toBe(3);
    expect(fx.workbook.findSheet("Sheet1")?.peek(1999, 0)?.value).toBe("第2000行");
    expect(fx.requests.count).toBe(2);
  });

  it("refuses a mis-shaped bulk write before writing any chunk", async () => {
    const fx = await createFakeExcel();
    const rows = Array.from({ length: 2000 }, (_, i) => [`第${i + 1}行`, i]);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2001").values = rows;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fx.workbook.findSheet("Sheet1")?.cells.size).toBe(0);
  });

  it("fills every cell from a single non-array value", async () => {
    const fx = await createFakeExcel();
    await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as { numberFormat: string }).numberFormat = "@";
      await ctx.sync();
    });
    const formats = [0, 1].flatMap((r) =>
      [0, 1].map((c) => fx.workbook.findSheet("Sheet1")?.peek(r, c)?.numberFormat),
    );
    expect(formats).toEqual(["@", "@", "@", "@"]);
  });
});

describe("selection and calculation", () => {
  it("selects a range and reads it back as the selected range", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: [{ name: "a" }, { name: "b" }] } });
    const address = await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("b").getRange("C3:D4").select();
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const selected = ctx.workbook.getSelectedRange();
      selected.load("address");
      await ctx.sync();
      return selected.address;
    });
    expect(address).toBe("b!C3:D4");
    expect(fx.workbook.calculationSuspended).toBe(false);
  });
});

describe("globals", () => {
  it("installs the fake's namespaces as globals for add-in code and restores them", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const scope = globalThis as { Excel?: unknown };
    expect(scope.Excel).toBeUndefined();
    const restore = fx.installGlobals();
    try {
      const name = await Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getFirst();
        sheet.load("name");
        await ctx.sync();
        return sheet.name;
      });
      expect(name).toBe("台账");
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    } finally {
      restore();
    }
    expect(scope.Excel).toBeUndefined();
  });
});
