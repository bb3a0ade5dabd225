/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// A header written right beside a table becomes a table column (Excel's auto-expansion), and
// the merged areas of a range come back as RangeAreas whose address is cut short past 255
// characters, so code must read `areas` to see them all.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

const seed = {
  sheets: [
    {
      name: "台账",
      cells: [
        ["院名称", "状态", ""],
        ["阿坝县院", "整改中", ""],
        ["理县院", "已完成", ""],
      ],
    },
  ],
};

async function withTable() {
  const fx = await createFakeExcel({ workbook: seed });
  await fx.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("台账").tables.add("A1:B3", true).name = "问题表";
    await ctx.sync();
  });
  return fx;
}

async function tableShape(fx: Awaited<ReturnType<typeof createFakeExcel>>) {
  return fx.Excel.run(async (ctx) => {
    const table = ctx.workbook.tables.getItem("问题表");
    const range = table.getRange();
    range.load("address");
    table.columns.load("items/name");
    await ctx.sync();
    return { address: range.address, columns: table.columns.items.map((c) => c.name) };
  });
}

describe("table auto-expansion", () => {
  it("takes in a header the add-in writes right beside the table", async () => {
    const fx = await withTable();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [["核查标记"]];
      await ctx.sync();
    });
    expect(await tableShape(fx)).toEqual({
      address: "台账!A1:C3",
      columns: ["院名称", "状态", "核查标记"],
    });
  });

  it("takes in several headers written at once, numbering a repeated name", async () => {
    const fx = await withTable();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:D1").values = [["状态", "备注"]];
      await ctx.sync();
    });
    expect(await tableShape(fx)).toEqual({
      address: "台账!A1:D3",
      columns: ["院名称", "状态", "状态2", "备注"],
    });
    expect(fx.workbook.findSheet("台账")?.peek(0, 2)?.value).toBe("状态2");
  });

  it("also grows when a person types the header", async () => {
    const fx = await withTable();
    fx.userEdit("台账", "C1", [["说明"]]);
    expect((await tableShape(fx)).address).toBe("台账!A1:C3");
  });

  it("leaves the table alone for a write that is not its header row or leaves a gap", async () => {
    const fx = await withTable();
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.getRange("C2").values = [["x"]];
      sheet.getRange("D1").values = [["隔一列"]];
      await ctx.sync();
    });
    expect((await tableShape(fx)).address).toBe("台账!A1:B3");
  });
});

describe("merged areas", () => {
  it("come back as RangeAreas whose areas list every merge", async () => {
    const merges = Array.from({ length: 30 }, (_, i) => ({
      top: i * 2,
      left: 0,
      bottom: i * 2,
      right: 1,
    }));
    const fx = await createFakeExcel({ workbook: { sheets: [{ name: "问题整改台账", merges }] } });
    const out = await fx.Excel.run(async (ctx) => {
      const merged = ctx.workbook.worksheets
        .getItem("问题整改台账")
        .getRange("A1:D100")
        .getMergedAreasOrNullObject();
      merged.load("address,areaCount");
      merged.areas.load("items/address");
      await ctx.sync();
      return {
        address: merged.address,
        areaCount: merged.areaCount,
        areas: merged.areas.items.map((r) => r.address),
      };
    });
    expect(out.areaCount).toBe(30);
    expect(out.areas).toHaveLength(30);
    expect(out.areas[29]).toBe("问题整改台账!A59:B59");
    expect(out.address.length).toBeLessThanOrEqual(255);
    const listed = out.address.split(",");
    expect(listed.length).toBeLessThan(30);
    expect(listed).toEqual(out.areas.slice(0, listed.length));
  });

  it("give the whole address while it fits", async () => {
    const fx = await createFakeExcel({
      workbook: {
        sheets: [
          {
            name: "台账",
            merges: [
              { top: 3, left: 0, bottom: 4, right: 0 },
              { top: 0, left: 0, bottom: 0, right: 2 },
            ],
          },
        ],
      },
    });
    const out = await fx.Excel.run(async (ctx) => {
      const merged = ctx.workbook.worksheets
        .getItem("台账")
        .getRange("A1:C9")
        .getMergedAreasOrNullObject();
      merged.load("address");
      await ctx.sync();
      return merged.address;
    });
    expect(out).toBe("台账!A1:C1,台账!A4:A5");
  });
});
