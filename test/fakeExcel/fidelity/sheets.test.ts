/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Sheet names are where add-ins meet Excel's rules first: the fake must refuse what Excel refuses.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

async function addSheet(name: string, existing: string[] = ["Sheet1"]) {
  const fx = await createFakeExcel({ workbook: { sheets: existing.map((n) => ({ name: n })) } });
  const result = await catchError(
    fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    }),
  ).catch(() => null);
  return { fx, error: result };
}

describe("sheet-name rules", () => {
  it.each([
    ["a name of 32 characters", "一".repeat(32), "InvalidArgument"],
    ["a colon", "汇总:2024", "InvalidArgument"],
    ["a backslash", "a\\b", "InvalidArgument"],
    ["a slash", "2024/11", "InvalidArgument"],
    ["a question mark", "什么?", "InvalidArgument"],
    ["an asterisk", "全部*", "InvalidArgument"],
    ["an opening bracket", "[草稿]", "InvalidArgument"],
    ["a closing bracket", "草稿]", "InvalidArgument"],
    ["a blank name", "   ", "InvalidArgument"],
    ["a leading apostrophe", "'汇总", "InvalidArgument"],
    ["a trailing apostrophe", "汇总'", "InvalidArgument"],
    ["the name of another sheet in other case", "SHEET1", "ItemAlreadyExists"],
  ])("refuses %s", async (_label, name, code) => {
    const { fx, error } = await addSheet(name);
    expect(error?.code).toBe(code);
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("accepts 31 characters, Chinese, spaces and inner apostrophes", async () => {
    const fx = await createFakeExcel();
    const names = ["一".repeat(31), "问题整改 台账", "O'Brien 表"];
    const addresses = await fx.Excel.run(async (ctx) => {
      const ranges = names.map((n) => ctx.workbook.worksheets.add(n).getRange("A1"));
      ranges.forEach((r) => r.load("address"));
      await ctx.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([`${"一".repeat(31)}!A1`, "'问题整改 台账'!A1", "'O''Brien 表'!A1"]);
  });

  it("applies the same rules to a rename, allowing a sheet to change its own case", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "汇总" }, { name: "data" }] },
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("data").name = "汇总";
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("data").name = "DATA";
      await ctx.sync();
    });
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual(["汇总", "DATA"]);
  });
});

describe("worksheets", () => {
  it("keeps a sheet added in one sync addressable in the next (by id, as Excel does)", async () => {
    const fx = await createFakeExcel();
    const info = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("汇总");
      await ctx.sync();
      sheet.name = "汇总2024";
      sheet.getRange("A1").values = [["标题"]];
      sheet.load("name,position,id,visibility");
      await ctx.sync();
      return {
        name: sheet.name,
        position: sheet.position,
        visibility: sheet.visibility,
        hasId: sheet.id.length > 0,
      };
    });
    expect(info).toEqual({ name: "汇总2024", position: 1, visibility: "Visible", hasId: true });
    expect(fx.workbook.sheets.length).toBe(2);
    expect(fx.workbook.findSheet("汇总2024")?.peek(0, 0)?.value).toBe("标题");
  });

  it("refuses to delete the last visible sheet and deletes others", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: [{ name: "a" }, { name: "b" }] } });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("b").delete();
      await ctx.sync();
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("a").delete();
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual(["a"]);
  });

  it("does nothing, without error, when a null object is deleted", async () => {
    const fx = await createFakeExcel();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject("旧汇总").delete();
      await ctx.sync();
    });
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("lists items, activates, freezes rows and reports the used range", async () => {
    const fx = await createFakeExcel({
      workbook: {
        sheets: [
          { name: "a" },
          {
            name: "b",
            cells: [
              [null, null],
              [null, "x", 1],
            ],
          },
        ],
      },
    });
    const out = await fx.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      const b = sheets.getItem("b");
      b.activate();
      b.freezePanes.freezeRows(2);
      const used = b.getUsedRange(true);
      used.load("address");
      const empty = sheets.getItem("a").getUsedRangeOrNullObject();
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await ctx.sync();
      return {
        names: sheets.items.map((s) => s.name),
        used: used.address,
        emptyIsNull: empty.isNullObject,
        active: active.name,
      };
    });
    expect(out).toEqual({ names: ["a", "b"], used: "b!B2:C2", emptyIsNull: true, active: "b" });
    expect(fx.workbook.findSheet("b")?.frozenRows).toBe(2);
  });
});
