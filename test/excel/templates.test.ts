import { describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS } from "../../src/core/ledgers";
import { LEDGER_KINDS } from "../../src/core/model/ledger";
import { templateWrite } from "../../src/app/template";
import { writePlan } from "../../src/excel/writePlan";
import { testHost } from "./_lib/host";
import { cellOf } from "./_lib/snapshot";

describe("templates through the fake host", () => {
  it.each(LEDGER_KINDS)(
    "%s: a new sheet with a named table, dropdowns, checks, frozen header",
    async (kind) => {
      const descriptor = LEDGER_SCHEMAS[kind];
      const host = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户的数据"]] }] });
      const result = await host.run((ctx) =>
        writePlan(ctx, templateWrite(descriptor), { supports: host.supports }),
      );
      // Survey, write, and Excel.run's closing request.
      expect(host.fx.requests.count).toBeLessThanOrEqual(3);
      const name = descriptor.title!;
      expect(result.sheetNames[`template:${kind}`]).toBe(name);
      const sheet = host.fx.workbook.liveSheets().find((s) => s.name === name)!;
      expect(sheet).toBeDefined();
      expect(cellOf(host.fx, name, 0, 0)?.value).toBe(name);
      descriptor.fields.forEach((f, c) => expect(cellOf(host.fx, name, 2, c)?.value).toBe(f.title));
      const table = host.fx.workbook.tables.find((t) => t.sheet === sheet)!;
      expect(table.name).toBe(`${name}_表`);
      expect(table.rect).toMatchObject({ top: 2, left: 0, right: descriptor.fields.length - 1 });
      expect(sheet.frozenRows).toBe(3);
      const dates = descriptor.fields.filter((f) => f.type === "date").length;
      expect(sheet.validations.length).toBeGreaterThanOrEqual(dates);
      for (const v of sheet.validations)
        expect(v.settings.errorAlert.message).toMatch(/[\u4e00-\u9fff]/);
      // The user's sheet is untouched.
      expect(host.fx.cellLog.touching("Sheet1")).toEqual([]);
    },
  );

  it("a second template of the same kind gets a unique sheet and table name", async () => {
    const host = await testHost({ sheets: [{ name: "问题整改台账" }] });
    const result = await host.run((ctx) =>
      writePlan(ctx, templateWrite(LEDGER_SCHEMAS.problem), { supports: host.supports }),
    );
    expect(result.sheetNames["template:problem"]).toBe("问题整改台账 (2)");
    const again = await host.run((ctx) =>
      writePlan(ctx, templateWrite(LEDGER_SCHEMAS.problem), { supports: host.supports }),
    );
    expect(again.sheetNames["template:problem"]).toBe("问题整改台账 (3)");
    expect(host.fx.workbook.tables.map((t) => t.name)).toEqual([
      "问题整改台账_表",
      "问题整改台账_表_2",
    ]);
  });

  it("on ExcelApi 1.4 the template has no dropdowns and says why", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }], apiVersion: "1.4" });
    const result = await host.run((ctx) =>
      writePlan(ctx, templateWrite(LEDGER_SCHEMAS.problem), { supports: host.supports }),
    );
    expect(result.notes.map((n) => n.key)).toEqual(
      expect.arrayContaining(["missing:dataValidation", "missing:freezePanes"]),
    );
    expect(result.notes.find((n) => n.key === "missing:dataValidation")?.zh).toContain(
      "ExcelApi 1.8",
    );
  });
});
