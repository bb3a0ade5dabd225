/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Settings and Excel Tables read back through the real library.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

describe("settings", () => {
  it("round-trips JSON values across batches and deletes them", async () => {
    const fx = await createFakeExcel();
    const binding = {
      sheet: "问题整改台账",
      headerRow: 2,
      columns: { 院名称: "office" },
      kind: "problem",
    };
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.settings.add("taizhang.bindings", binding);
      await ctx.sync();
    });
    const read = await fx.Excel.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItem("taizhang.bindings");
      const missing = ctx.workbook.settings.getItemOrNullObject("nope");
      const all = ctx.workbook.settings;
      setting.load("value");
      all.load("items/key");
      await ctx.sync();
      return {
        value: setting.value,
        missing: missing.isNullObject,
        keys: all.items.map((s) => s.key),
      };
    });
    expect(read).toEqual({ value: binding, missing: true, keys: ["taizhang.bindings"] });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.settings.getItem("taizhang.bindings").delete();
      await ctx.sync();
    });
    expect(fx.workbook.settings.size).toBe(0);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const s = ctx.workbook.settings.getItem("taizhang.bindings");
        s.load("value");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("tables", () => {
  const seed = {
    sheets: [
      {
        name: "台账",
        cells: [
          ["院名称", "状态", 2024],
          ["阿坝县院", "整改中", 1],
        ],
      },
    ],
  };

  it("adds a table with headers, names it and reads its ranges", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const out = await fx.Excel.run(async (ctx) => {
      const table = ctx.workbook.worksheets.getItem("台账").tables.add("A1:C2", true);
      table.name = "问题整改表";
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      const header = table.getHeaderRowRange();
      const body = table.getDataBodyRange();
      header.load("values,address");
      body.load("address");
      table.columns.load("items/name");
      table.rows.load("count");
      await ctx.sync();
      return {
        header: header.values,
        headerAddress: header.address,
        body: body.address,
        columns: table.columns.items.map((c) => c.name),
        rows: table.rows.count,
      };
    });
    expect(out).toEqual({
      header: [["院名称", "状态", "2024"]],
      headerAddress: "台账!A1:C1",
      body: "台账!A2:C2",
      columns: ["院名称", "状态", "2024"],
      rows: 1,
    });
    expect(fx.workbook.tables[0]).toMatchObject({
      name: "问题整改表",
      style: "TableStyleLight9",
      showBandedRows: false,
    });
  });

  it("finds a table by name, fails with ItemNotFound for a missing one, and enforces name rules", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.tables.add("台账!A1:C2", true).name = "T_问题";
      await ctx.sync();
    });
    const name = await fx.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("t_问题");
      t.load("name");
      await ctx.sync();
      return t.name;
    });
    expect(name).toBe("T_问题");
    const missing = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("没有").load("name");
        await ctx.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
    for (const bad of ["A1", "1表", "有 空格", "R1C1"]) {
      const error = await catchError(
        fx.Excel.run(async (ctx) => {
          ctx.workbook.tables.getItem("T_问题").name = bad;
          await ctx.sync();
        }),
      );
      expect(error.code, bad).toBe("InvalidArgument");
    }
  });

  it("refuses overlapping tables and appends rows", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("台账");
        sheet.tables.add("A1:C2", true);
        sheet.tables.add("B1:D3", true);
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItemAt(0).rows.add(undefined, [["长汀县院", "已销号", 2]]);
      await ctx.sync();
    });
    expect(fx.workbook.tables[0]?.rect).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  });
});

describe("objects addressed across syncs", () => {
  it("keeps a table added in one sync addressable after a rename, and reports its id as a string", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "s", cells: [["a", "b"]] }] },
    });
    const out = await fx.Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.add("s!A1:B2", true);
      await ctx.sync();
      table.name = "改名后";
      table.load("id,name");
      await ctx.sync();
      return { id: table.id, name: table.name };
    });
    expect(out).toEqual({ id: "1", name: "改名后" });
    const paths = Object.values(fx.requests.bodies[1]?.ObjectPaths ?? {});
    expect(paths).toContainEqual(
      expect.objectContaining({ ObjectPathType: 5, ArgumentInfo: { Arguments: [1] } }),
    );
  });
});
