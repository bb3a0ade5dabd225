/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time; the
   rules' static guesses misread values returned after sync. */
// Inserting or deleting whole rows and columns moves everything after them, as in Excel; the
// cell log records the structural change so a test can prove no user column was deleted.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

const seed = {
  sheets: [
    {
      name: "台账",
      cells: [
        ["院名称", "状态", "时限"],
        ["阿坝县院", "整改中", "2024-06-30"],
        ["长汀县院", "已完成", ""],
      ],
    },
  ],
};

describe("Range.insert and Range.delete on whole columns and rows", () => {
  it("inserts a column inside a table: cells, validation, formats and the table move or grow", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const names = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.tables.add("A1:C3", true).name = "问题";
      sheet.getRange("C2:C3").dataValidation.rule = {
        date: { operator: "GreaterThan", formula1: "2020-01-01" },
      };
      sheet.getRange("C:C").format.columnWidth = 80;
      sheet.getRange("C:C").insert("Right");
      sheet.getRange("C1").values = [["标记"]];
      await ctx.sync();
      const columns = sheet.tables.getItem("问题").columns;
      columns.load("items/name");
      await ctx.sync();
      return columns.items.map((c) => c.name);
    });
    expect(names).toEqual(["院名称", "状态", "标记", "时限"]);
    const sheet = fx.workbook.findSheet("台账");
    expect([0, 1, 2, 3].map((c) => sheet?.peek(0, c)?.value)).toEqual([
      "院名称",
      "状态",
      "标记",
      "时限",
    ]);
    expect(sheet?.peek(1, 3)?.value).toBe("2024-06-30");
    expect(sheet?.validations.map((v) => v.rect)).toEqual([
      { top: 1, bottom: 2, left: 3, right: 3 },
    ]);
    expect(sheet?.columnWidths.get(3)).toBe(80);
    expect(fx.workbook.tables[0]?.rect).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
    expect(fx.cellLog.entries.filter((w) => w.kind === "insert")).toEqual([
      { sheet: "台账", address: "C:C", kind: "insert", before: "", after: "" },
    ]);
  });

  it("moves a kept range with the cells it refers to", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const address = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      const status = sheet.getRange("B2:B3");
      status.load("address");
      await ctx.sync();
      sheet.getRange("A:A").insert("Right");
      status.load("address,values");
      await ctx.sync();
      return { address: status.address, values: status.values };
    });
    expect(address).toEqual({ address: "台账!C2:C3", values: [["整改中"], ["已完成"]] });
  });

  it("deletes rows, logging every non-empty cell it removes", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("2:2").delete("Up");
      await ctx.sync();
    });
    const sheet = fx.workbook.findSheet("台账");
    expect(sheet?.peek(1, 0)?.value).toBe("长汀县院");
    expect(fx.cellLog.entries).toEqual([
      { sheet: "台账", address: "A2", kind: "content", before: "阿坝县院", after: "" },
      { sheet: "台账", address: "B2", kind: "content", before: "整改中", after: "" },
      { sheet: "台账", address: "C2", kind: "content", before: "2024-06-30", after: "" },
      { sheet: "台账", address: "2:2", kind: "delete", before: "", after: "" },
    ]);
  });

  it("refuses to shift part of a sheet, and refuses on a protected sheet", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const partial = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("B2:B3").insert("Down");
        await ctx.sync();
      }),
    );
    expect(partial.code).toBe("UnsupportedOperation");
    const locked = await createFakeExcel({
      workbook: { sheets: [{ name: "s", protected: true }] },
    });
    const refused = await catchError(
      locked.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("s").getRange("A:A").insert("Right");
        await ctx.sync();
      }),
    );
    expect(refused.code).toBe("AccessDenied");
  });
});
