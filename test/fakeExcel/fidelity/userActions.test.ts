/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// A person working in the workbook while the add-in runs: edits between any two requests,
// whole-row and whole-column changes that reach worksheet.onChanged as "5:7" or "C:C", and the
// fake's own record of user cells and sheets the add-in changed or deleted.
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

function nextMacrotask() {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

async function listen(fx: Awaited<ReturnType<typeof createFakeExcel>>, sheet = "台账") {
  const seen: { address: string; changeType: string }[] = [];
  await fx.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
      seen.push({ address: event.address, changeType: event.changeType });
    });
    await ctx.sync();
  });
  return seen;
}

describe("user edits between requests", () => {
  it("run before the request a hook names, so the add-in reads what the person typed", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.beforeRequest(() => fx.userEdit("台账", "B2", [["已销号"]]), 1);
    const read = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("B2");
      range.load("values");
      await ctx.sync();
      const first = range.values[0]?.[0];
      range.load("values");
      await ctx.sync();
      return [first, range.values[0]?.[0]];
    });
    expect(read).toEqual(["整改中", "已销号"]);
  });

  it("can rename a sheet between two requests of one batch", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.beforeRequest(() => fx.userRenameSheet("台账", "台账(旧)"), 1);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [["标记"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(fx.workbook.findSheet("台账(旧)")?.peek(0, 2)).toBeUndefined();
  });

  it("run before every request when no request is named", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seenAt: number[] = [];
    const stop = fx.beforeRequest(({ index }) => {
      seenAt.push(index);
      if (index === 1) fx.userDeleteSheet("汇总");
      if (index === 2) fx.userAddSheet("新表", [["新"]]);
    });
    const names = await fx.Excel.run(async (ctx) => {
      const out: string[][] = [];
      for (let i = 0; i < 3; i++) {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        out.push(sheets.items.map((s) => s.name));
      }
      return out;
    });
    stop();
    expect(seenAt).toEqual([0, 1, 2]);
    expect(names).toEqual([["台账", "汇总"], ["台账"], ["台账", "新表"]]);
  });
});

describe("whole-row and whole-column changes reach onChanged", () => {
  it("as the person inserts, deletes and pastes whole rows and columns", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen = await listen(fx);
    fx.userInsert("台账", "2:3");
    fx.userDelete("台账", "C:C");
    fx.userPaste("台账", "5:6", [["甲县院", "整改中"], ["乙县院"]]);
    await nextMacrotask();
    expect(seen).toEqual([
      { address: "2:3", changeType: "RowInserted" },
      { address: "C:C", changeType: "ColumnDeleted" },
      { address: "5:6", changeType: "RangeEdited" },
    ]);
    const sheet = fx.workbook.findSheet("台账");
    expect(sheet?.peek(3, 1)?.value).toBe("整改中");
    expect([sheet?.peek(4, 0)?.value, sheet?.peek(4, 1)?.value]).toEqual(["甲县院", "整改中"]);
    expect(sheet?.peek(5, 1)).toBeUndefined();
  });

  it("as the add-in inserts or deletes whole rows through the API", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen = await listen(fx);
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.getRange("5:7").insert("Down");
      sheet.getRange("B:B").delete("Left");
      await ctx.sync();
    });
    await nextMacrotask();
    expect(seen).toEqual([
      { address: "5:7", changeType: "RowInserted" },
      { address: "B:B", changeType: "ColumnDeleted" },
    ]);
  });
});

describe("what the add-in did to the person's work", () => {
  it("lists user cells whose content the add-in changed or deleted, not cells it created", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.userEdit("台账", "C2", [["我的备注"]]);
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.getRange("D1:D3").values = [["标记"], ["红"], ["绿"]];
      sheet.getRange("B3").values = [["已完成"]];
      sheet.getRange("C2").values = [["覆盖"]];
      sheet.getRange("3:3").delete("Up");
      sheet.getRange("A1").format.fill.color = "#FFFF00";
      await ctx.sync();
    });
    expect(fx.userCellsChangedByAddIn()).toEqual([
      { sheet: "台账", address: "C2", kind: "content", before: "我的备注", after: "覆盖" },
      { sheet: "台账", address: "A3", kind: "content", before: "理县院", after: "" },
      { sheet: "台账", address: "B3", kind: "content", before: "已完成", after: "" },
    ]);
  });

  it("lists user sheets the add-in deleted, not sheets it added itself", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.userAddSheet("我的表");
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("助手表");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("助手表").delete();
      ctx.workbook.worksheets.getItem("我的表").delete();
      ctx.workbook.worksheets.getItem("汇总").delete();
      await ctx.sync();
    });
    expect(fx.userSheetsDeleted()).toEqual(["我的表", "汇总"]);
    expect(fx.userCellsChangedByAddIn()).toEqual([]);
  });
});
