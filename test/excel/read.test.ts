import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { seedOf, testHost } from "./_lib/host";
import { problemSheet } from "./_lib/ledgers";

const SHEET = "问题整改";

describe("reading ledgers", () => {
  it("reads values, number formats and merged areas in one request", async () => {
    const sheet = problemSheet(1_000);
    const host = await testHost({
      sheets: [seedOf(sheet, { merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] })],
    });
    const read = await host.run((ctx) => readWorkbook(ctx, [SHEET], host.supports));
    // The read itself, and Excel.run's closing request.
    expect(host.fx.requests.count).toBeLessThanOrEqual(2);
    const input = read.sheets[0]!.input;
    expect(input.values).toHaveLength(1_002);
    expect(input.values[1]).toEqual(sheet.values[1]);
    expect(input.values[2]).toEqual(sheet.values[2]);
    expect(input.numberFormats?.[2]?.[5]).toBe("yyyy-mm-dd");
    expect(input.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 8 }]);
    expect(read.sheets[0]!.used).toEqual({ row: 0, column: 0, rowCount: 1_002, columnCount: 8 });
  });

  it("reads without merged areas where ExcelApi 1.13 is missing", async () => {
    const host = await testHost({
      sheets: [seedOf(problemSheet(5), { merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] })],
      apiVersion: "1.12",
    });
    const read = await host.run((ctx) => readWorkbook(ctx, [SHEET], host.supports));
    expect(read.sheets[0]!.input.merges).toBeUndefined();
    expect(read.sheets[0]!.input.values[2]?.[1]).toBe("阿坝县院");
  });

  it("keeps the sheet's position: a table starting at C5 reads at C5", async () => {
    const host = await testHost({
      sheets: [
        {
          name: SHEET,
          origin: { row: 4, column: 2 },
          cells: [
            ["院名称", "状态"],
            ["阿坝县院", null],
            [null, "已完成"],
          ],
        },
      ],
    });
    const read = await host.run((ctx) => readWorkbook(ctx, [SHEET], host.supports));
    const values = read.sheets[0]!.input.values;
    expect(values[4]).toEqual([null, null, "院名称", "状态"]);
    expect(values[5]).toEqual([null, null, "阿坝县院", null]);
    expect(values[6]).toEqual([null, null, null, "已完成"]);
  });

  it("splits into row blocks only when a request would pass the payload limit", async () => {
    const sheet = problemSheet(6_000);
    const whole = await testHost({ sheets: [seedOf(sheet)] });
    const expected = await whole.run((ctx) => readWorkbook(ctx, [SHEET], whole.supports));

    const limited = await testHost({ sheets: [seedOf(sheet)] });
    limited.fx.setPayloadLimit(300_000);
    const read = await limited.run((ctx) =>
      readWorkbook(ctx, [SHEET], limited.supports, { requestBytes: 250_000 }),
    );
    expect(read.sheets[0]!.input).toEqual(expected.sheets[0]!.input);
    const refused = limited.fx.requests.entries.filter((e) => e.errorCode).length;
    const answered = limited.fx.requests.entries.filter((e) => !e.errorCode);
    // Blocks sized from the bytes of the first one: close to the fewest requests the limit allows.
    const minimum = Math.ceil(answered.reduce((n, e) => n + e.responseBytes, 0) / 300_000);
    expect(answered.length).toBeLessThanOrEqual(minimum * 2 + 2);
    expect(answered.every((e) => e.responseBytes <= 300_000 && e.bytes <= 300_000)).toBe(true);
    expect(refused).toBeLessThanOrEqual(3);
  });

  it("names the sheet it cannot find", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }] });
    const error = await host
      .run((ctx) => readWorkbook(ctx, ["不存在"], host.supports))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "sheetMissing", detail: "不存在" });
  });
});
