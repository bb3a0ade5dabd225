/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (ClientResult.value needs no load). */
// Defined names (workbook- and worksheet-scoped) that follow row and column edits as Excel's
// names do, their shared namespace with tables, and custom properties of the workbook and of
// each worksheet, each behind the requirement set that introduced it.
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
        ["理县院", "已完成"],
      ],
    },
    { name: "汇总" },
  ],
};

async function readName(
  fx: Awaited<ReturnType<typeof createFakeExcel>>,
  sheet: string | null,
  name: string,
) {
  return fx.Excel.run(async (ctx) => {
    const names = sheet ? ctx.workbook.worksheets.getItem(sheet).names : ctx.workbook.names;
    const item = names.getItem(name);
    item.load("name,type,value,formula,scope");
    const range = item.getRangeOrNullObject();
    range.load("address");
    await ctx.sync();
    return {
      type: item.type,
      value: item.value,
      formula: item.formula,
      scope: item.scope,
      address: range.isNullObject ? null : range.address,
    };
  });
}

describe("named items", () => {
  it("adds workbook- and worksheet-scoped names over ranges and reads them back", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.names.add(
        "台账_数据",
        ctx.workbook.worksheets.getItem("台账").getRange("A2:B3"),
      );
      ctx.workbook.worksheets.getItem("台账").names.add("状态列", "=台账!$B$2:$B$3", "进展");
      await ctx.sync();
    });
    expect(await readName(fx, null, "台账_数据")).toEqual({
      type: "Range",
      value: "台账!$A$2:$B$3",
      formula: "=台账!$A$2:$B$3",
      scope: "Workbook",
      address: "台账!A2:B3",
    });
    expect((await readName(fx, "台账", "状态列")).scope).toBe("Worksheet");
    const counts = await fx.Excel.run(async (ctx) => {
      const wb = ctx.workbook.names.getCount();
      const ws = ctx.workbook.worksheets.getItem("台账").names.getCount();
      const other = ctx.workbook.worksheets.getItem("汇总").names.getCount();
      await ctx.sync();
      return [wb.value, ws.value, other.value];
    });
    expect(counts).toEqual([1, 1, 0]);
  });

  it("follow inserted and deleted rows, and read #REF! once all their rows are gone", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      ctx.workbook.names.add("数据", sheet.getRange("A2:B3"));
      ctx.workbook.names.add("首行", sheet.getRange("A2:B2"));
      sheet.getRange("1:1").insert("Down");
      await ctx.sync();
    });
    expect((await readName(fx, null, "数据")).address).toBe("台账!A3:B4");
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("3:3").delete("Up");
      await ctx.sync();
    });
    expect((await readName(fx, null, "数据")).address).toBe("台账!A3:B3");
    expect(await readName(fx, null, "首行")).toEqual({
      type: "Error",
      value: "#REF!",
      formula: "=#REF!",
      scope: "Workbook",
      address: null,
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const range = ctx.workbook.names.getItem("首行").getRange();
        range.load("address");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("lose their sheet's names and point at #REF! when their sheet is deleted", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      ctx.workbook.names.add("数据", sheet.getRange("A2:B3"));
      sheet.names.add("本表", sheet.getRange("A1"));
      sheet.delete();
      await ctx.sync();
    });
    expect(fx.workbook.names.map((n) => [n.name, n.target])).toEqual([["数据", null]]);
  });

  it.each([
    ["a name taken in the same scope", "数据", null, "ItemAlreadyExists"],
    ["the same name in another scope", "数据", "台账", "stored"],
    ["a table's name", "问题表", null, "ItemAlreadyExists"],
    ["a table's name at sheet scope", "问题表", "汇总", "ItemAlreadyExists"],
    ["a cell reference", "AB12", null, "InvalidArgument"],
    ["a name with a space", "问题 表", null, "InvalidArgument"],
  ])("refuse %s", async (_label, name, sheet, expected) => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("台账").tables.add("A1:B3", true);
      t.name = "问题表";
      ctx.workbook.names.add("数据", "=台账!$A$1");
      await ctx.sync();
    });
    const result = await fx.Excel.run(async (ctx) => {
      const names = sheet ? ctx.workbook.worksheets.getItem(sheet).names : ctx.workbook.names;
      names.add(name, "=台账!$A$2");
      await ctx.sync();
    }).then(
      () => "stored",
      (e: { code?: string }) => e.code,
    );
    expect(result).toBe(expected);
  });

  it("make a table name collide with a defined name of either scope", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("汇总").names.add("Table1", "=汇总!$A$1");
      await ctx.sync();
    });
    const named = await fx.Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("台账").tables.add("A1:B3", true);
      t.load("name");
      await ctx.sync();
      return t.name;
    });
    expect(named).toBe("Table2");
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("Table2").name = "table1";
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it("refuse a comment longer than 255 characters, on add and on set", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const long = "注".repeat(256);
    const onAdd = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.names.add(
          "长注释",
          ctx.workbook.worksheets.getItem("台账").getRange("A1"),
          long,
        );
        await ctx.sync();
      }),
    );
    expect(onAdd.code).toBe("InvalidArgument");
    const onSet = await catchError(
      fx.Excel.run(async (ctx) => {
        const name = ctx.workbook.names.add(
          "注释",
          ctx.workbook.worksheets.getItem("台账").getRange("A1"),
          "注".repeat(255),
        );
        name.comment = long;
        await ctx.sync();
      }),
    );
    expect(onSet.code).toBe("InvalidArgument");
  });

  it("are gated on their requirement sets", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.3", workbook: seed });
    const add = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.names.add("数据", "=台账!$A$1");
        await ctx.sync();
      }),
    );
    expect(add.code).toBe("ApiNotFound");
    const sheetNames = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").names.load("items");
        await ctx.sync();
      }),
    );
    expect(sheetNames.code).toBe("ApiNotFound");
    const fx16 = await createFakeExcel({ apiVersion: "1.6", workbook: seed });
    const formula = await catchError(
      fx16.Excel.run(async (ctx) => {
        ctx.workbook.names.add("数据", "=台账!$A$1");
        const item = ctx.workbook.names.getItem("数据");
        item.load("formula");
        await ctx.sync();
      }),
    );
    expect(formula.code).toBe("ApiNotFound");
  });
});

describe("custom properties", () => {
  it("keep workbook properties by key ignoring case, and cut text to 255 characters", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const custom = ctx.workbook.properties.custom;
      custom.add("Taizhang.Version", 3);
      custom.add("taizhang.binding", "字".repeat(300));
      custom.add("TAIZHANG.VERSION", 4);
      custom.load("items/key,items/value,items/type");
      await ctx.sync();
      return custom.items.map((p) => [
        p.key,
        typeof p.value === "string" ? p.value.length : p.value,
        p.type,
      ]);
    });
    expect(out).toEqual([
      ["TAIZHANG.VERSION", 4, "Number"],
      ["taizhang.binding", 255, "String"],
    ]);
  });

  it("keep worksheet properties (ExcelApi 1.12) per sheet", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const out = await fx.Excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets.getItem("台账").customProperties;
      props.add("taizhang.kind", "problem");
      const again = props.getItem("TAIZHANG.KIND");
      again.load("key,value");
      const other = ctx.workbook.worksheets.getItem("汇总").customProperties.getCount();
      await ctx.sync();
      return [again.key, again.value, other.value];
    });
    expect(out).toEqual(["taizhang.kind", "problem", 0]);
    const long = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").customProperties.add("k".repeat(256), "v");
        await ctx.sync();
      }),
    );
    expect(long.code).toBe("InvalidArgument");
    const old = await createFakeExcel({ apiVersion: "1.11", workbook: seed });
    const gated = await catchError(
      old.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").customProperties.add("k", "v");
        await ctx.sync();
      }),
    );
    expect(gated.code).toBe("ApiNotFound");
  });
});
