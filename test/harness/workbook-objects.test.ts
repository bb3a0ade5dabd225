/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Settings, tables, data validation, conditional formats, charts and formats: the objects the
// add-in's templates and summaries write, read back through the real library.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../fake-excel";
import { catchError } from "./catch-error";

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

describe("data validation", () => {
  it("stores a list rule with a Chinese error alert and reads it back", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B100");
      range.dataValidation.rule = {
        list: { inCellDropDown: true, source: "未开始,整改中,已完成,已销号" },
      };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "输入有误",
        message: "请从下拉列表中选择进展状态",
      };
      const inner = range.getCell(5, 0).dataValidation;
      inner.load("type,rule,errorAlert");
      const partial = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B2").dataValidation;
      partial.load("type");
      await ctx.sync();
      return {
        type: inner.type,
        rule: inner.rule,
        alert: inner.errorAlert.message,
        partial: partial.type,
      };
    });
    expect(out).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "未开始,整改中,已完成,已销号" } },
      alert: "请从下拉列表中选择进展状态",
      partial: "Inconsistent",
    });
  });

  it.each([
    ["no rule kind", {}],
    ["two rule kinds", { list: { source: "a" }, custom: { formula: "=TRUE" } }],
    ["a decimal rule without operator", { decimal: { formula1: 0 } }],
    ["Between without formula2", { date: { operator: "Between", formula1: "2024-01-01" } }],
  ])("refuses %s with InvalidArgument", async (_label, rule) => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A9").dataValidation.rule =
          rule as Excel.DataValidationRule;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("is unavailable before ExcelApi 1.8", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.7" });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          wholeNumber: { operator: "GreaterThan", formula1: 0 },
        };
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("conditional formats", () => {
  it("adds containsText, cellValue and custom rules and lists them", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("D2:D50");
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "逾期" };
      text.textComparison.format.fill.color = "#FFC7CE";
      text.textComparison.format.font.color = "#9C0006";
      const value = range.conditionalFormats.add("CellValue");
      value.cellValue.rule = { formula1: "0", operator: "LessThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=$D2="临期"';
      custom.custom.format.fill.color = "#FFEB9C";
      const count = range.conditionalFormats.getCount();
      range.conditionalFormats.load("items/type");
      await ctx.sync();
      return { count: count.value, types: range.conditionalFormats.items.map((c) => c.type) };
    });
    expect(out.count).toBe(3);
    expect(out.types.sort()).toEqual(["CellValue", "ContainsText", "Custom"]);
    const sheet = fx.workbook.findSheet("Sheet1");
    expect(sheet?.conditionalFormats.find((c) => c.type === "ContainsText")).toMatchObject({
      rule: { operator: "Contains", text: "逾期" },
      format: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
      rect: { top: 1, left: 3, bottom: 49, right: 3 },
    });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D:D").conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(sheet?.conditionalFormats).toEqual([]);
  });
});

describe("charts", () => {
  const seed = {
    sheets: [
      {
        name: "汇总",
        cells: [
          ["院", "逾期", "临期"],
          ["阿坝县院", 3, 1],
          ["长汀县院", 0, 2],
        ],
      },
    ],
  };

  it("adds a stacked bar chart with a title, series from the columns and a position", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const out = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("汇总");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("A1:C3"), "Columns");
      chart.name = "各院标记";
      chart.title.text = "各院问题标记";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "条数";
      chart.setPosition("E2", "L20");
      chart.series.getItemAt(0).format.fill.setSolidColor("#C00000");
      chart.dataLabels.showValue = true;
      chart.series.load("items/name");
      chart.load("name,chartType");
      await ctx.sync();
      return {
        name: chart.name,
        type: chart.chartType,
        series: chart.series.items.map((s) => s.name),
      };
    });
    expect(out).toEqual({ name: "各院标记", type: "BarStacked", series: ["逾期", "临期"] });
    expect(fx.workbook.findSheet("汇总")?.charts[0]?.series[0]?.fillColor).toBe("#C00000");
    expect(fx.workbook.findSheet("汇总")?.charts[0]?.dataLabels.showValue).toBe(true);
    expect(fx.workbook.findSheet("汇总")?.charts[0]).toMatchObject({
      title: { text: "各院问题标记", visible: true },
      legend: { position: "Bottom" },
      position: { startCell: "E2", endCell: "L20" },
    });
  });

  it("deletes a chart and refuses an unknown chart type", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("汇总");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3")).name = "完成率";
      await ctx.sync();
      sheet.charts.getItem("完成率").delete();
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("汇总")?.charts).toEqual([]);
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("汇总");
        sheet.charts.add("Sunburst3D" as Excel.ChartType, sheet.getRange("A1:B3"));
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("range geometry and formats", () => {
  it("navigates cells, rows, offsets and resizes with Excel's addresses", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const ranges = [
        base.getCell(1, 2),
        base.getRow(0),
        base.getColumn(1),
        base.getOffsetRange(1, 1),
        base.getResizedRange(2, -1),
        base.getEntireColumn(),
        base.getIntersection("C3:Z9"),
        base.getBoundingRect("F9"),
        ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(9, 0, 2, 3),
      ];
      ranges.forEach((r) => r.load("address"));
      base.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      return {
        addresses: ranges.map((r) => r.address),
        index: [base.rowIndex, base.columnIndex, base.rowCount, base.columnCount],
      };
    });
    expect(out).toEqual({
      addresses: [
        "Sheet1!D3",
        "Sheet1!B2:D2",
        "Sheet1!C2:C5",
        "Sheet1!C3:E6",
        "Sheet1!B2:C7",
        "Sheet1!B:D",
        "Sheet1!C3:D5",
        "Sheet1!B2:F9",
        "Sheet1!A10:C11",
      ],
      index: [1, 1, 4, 3],
    });
  });

  it("refuses a range past Excel's last row with InvalidArgument", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1048577").load("address");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("writes and reads formats, uniform or null where cells differ", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.fill.color = "#DDEBF7";
      header.format.font.bold = true;
      header.format.horizontalAlignment = "Center";
      header.format.columnWidth = 90;
      header.format.wrapText = true;
      sheet.getRange("A1").format.font.color = "#FF0000";
      const mixed = sheet.getRange("A1:B1").format.font;
      mixed.load("bold,color");
      header.format.load("columnWidth,horizontalAlignment,wrapText");
      header.format.fill.load("color");
      await ctx.sync();
      return {
        bold: mixed.bold,
        color: mixed.color,
        width: header.format.columnWidth,
        align: header.format.horizontalAlignment,
        wrap: header.format.wrapText,
        fill: header.format.fill.color,
      };
    });
    expect(out).toEqual({
      bold: true,
      color: null,
      width: 90,
      align: "Center",
      wrap: true,
      fill: "#DDEBF7",
    });
  });

  it("merges, reports merged areas (ExcelApi 1.13) and unmerges", async () => {
    const fx = await createFakeExcel({
      workbook: {
        sheets: [{ name: "Sheet1", merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] }],
      },
    });
    const out = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:B4").merge();
      const areas = sheet.getRange("A1:F9").getMergedAreasOrNullObject();
      areas.load("address,areaCount");
      const none = sheet.getRange("H1:H2").getMergedAreasOrNullObject();
      await ctx.sync();
      return { address: areas.address, count: areas.areaCount, none: none.isNullObject };
    });
    expect(out).toEqual({ address: "Sheet1!A1:D1,Sheet1!A3:B4", count: 2, none: true });
  });

  it("reads display text for number formats and writes hyperlinks (ExcelApi 1.7)", async () => {
    const fx = await createFakeExcel({
      workbook: {
        sheets: [
          {
            name: "Sheet1",
            cells: [
              [
                { value: 45356, numberFormat: "yyyy-mm-dd" },
                { value: 0.256, numberFormat: "0.0%" },
                1234.5,
              ],
            ],
          },
        ],
      },
    });
    const text = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").hyperlink = {
        documentReference: "'台账'!B7",
        textToDisplay: "跳到问题",
      };
      const r = sheet.getRange("A1:D1");
      r.load("text");
      await ctx.sync();
      return r.text;
    });
    expect(text).toEqual([["2024-03-05", "25.6%", "1234.5", "跳到问题"]]);
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 3)?.hyperlink).toEqual({
      documentReference: "'台账'!B7",
      textToDisplay: "跳到问题",
    });
  });
});

describe("page layout (ExcelApi 1.9)", () => {
  it("sets orientation, fit to one page wide, print area, title rows and page breaks", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintArea("A1:F40");
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      sheet.horizontalPageBreaks.add("A21");
      sheet.horizontalPageBreaks.add(sheet.getRange("A41"));
      sheet.showGridlines = false;
      const area = sheet.pageLayout.getPrintAreaOrNullObject();
      area.load("address");
      sheet.horizontalPageBreaks.load("items/rowIndex");
      sheet.pageLayout.load("orientation,zoom");
      await ctx.sync();
      return {
        area: area.address,
        breaks: sheet.horizontalPageBreaks.items.map((b) => b.rowIndex),
        orientation: sheet.pageLayout.orientation,
        zoom: sheet.pageLayout.zoom,
      };
    });
    expect(out).toEqual({
      area: "Sheet1!A1:F40",
      breaks: [20, 40],
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fx.workbook.findSheet("Sheet1")?.showGridlines).toBe(false);
  });

  it("is unavailable on an ExcelApi 1.8 host", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.8" });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
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

describe("snapshot", () => {
  it("is equal after an identical rebuild of an owned sheet and differs when a cell differs", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "台账", cells: [["院名称"], ["阿坝县院"]] }] },
    });
    const build = (title: string) =>
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject("汇总").delete();
        const sheet = ctx.workbook.worksheets.add("汇总");
        sheet.getRange("A1:B1").values = [[title, 1]];
        sheet.getRange("A1:B1").format.font.bold = true;
        sheet.tables.add("A1:B2", true).name = "汇总表";
        await ctx.sync();
      });
    await build("标题");
    const first = fx.snapshot();
    await build("标题");
    expect(fx.snapshot()).toEqual(first);
    await build("另一个标题");
    expect(fx.snapshot()).not.toEqual(first);
  });
});
