/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Charts and page setup for the summary sheet and the reminder slips.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

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
