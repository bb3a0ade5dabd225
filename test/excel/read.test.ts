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

  for (const failure of ["GeneralException", "http500"] as const) {
    it(`reads a big sheet when the web answers oversize blocks with ${failure}`, async () => {
      // Excel on the web often refuses an oversize read with GeneralException or an HTTP 500
      // instead of the documented payload error (office-js#1012, #1314).
      const sheet = problemSheet(16_000);
      const whole = await testHost({ sheets: [seedOf(sheet)] });
      const expected = await whole.run((ctx) => readWorkbook(ctx, [SHEET], whole.supports));

      const web = await testHost({ sheets: [seedOf(sheet)] });
      web.fx.setPayloadLimit(800_000, { failure });
      const read = await web.run((ctx) => readWorkbook(ctx, [SHEET], web.supports));
      expect(read.sheets[0]!.input).toEqual(expected.sheets[0]!.input);
      const entries = web.fx.requests.entries;
      const refused = entries.filter((e) => e.errorCode);
      const answered = entries.filter((e) => !e.errorCode);
      expect(refused.every((e) => e.errorCode === "GeneralException")).toBe(true);
      // The first request is small enough to pass: the refusals are later blocks, sized from
      // the first one's bytes for a 4 MB target, each asked for again smaller once.
      expect(entries[0]!.errorCode).toBeUndefined();
      expect(refused.length).toBeLessThanOrEqual(2);
      // One request per block: about as many as the bytes need, not one per row.
      const minimum = Math.ceil(answered.reduce((n, e) => n + e.responseBytes, 0) / 800_000);
      expect(answered.length).toBeLessThanOrEqual(minimum * 2 + 2);
    });
  }

  it("gives up after a few smaller tries when GeneralException is not about size", async () => {
    const host = await testHost({ sheets: [seedOf(problemSheet(30_000))] });
    // Every request from the second on fails, whatever its size.
    for (let n = 1; n < 40; n++) host.fx.failRequest(n, { code: "GeneralException" });
    const error = await host
      .run((ctx) => readWorkbook(ctx, [SHEET], host.supports))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException" });
    // The second block and a few smaller tries of it (and Excel.run's closing request): never a
    // request per row, never the whole read again.
    expect(host.fx.requests.entries.filter((e) => e.errorCode).length).toBeLessThanOrEqual(
      1 + 3 + 1,
    );
  });

  it("reads a sheet of up to 2,000 rows in one request and a long one in few", async () => {
    const short = await testHost({ sheets: [seedOf(problemSheet(1_990))] });
    await short.run((ctx) => readWorkbook(ctx, [SHEET], short.supports));
    // Requests that read (Query actions); Excel.run's closing request only removes references.
    const reading = (e: { body: { Actions: { ActionType: number }[] } }) =>
      e.body.Actions.some((a) => a.ActionType === 2);
    expect(short.fx.requests.entries.filter(reading).length).toBe(1);
    const long = await testHost({ sheets: [seedOf(problemSheet(30_000))] });
    await long.run((ctx) => readWorkbook(ctx, [SHEET], long.supports));
    const reads = long.fx.requests.entries.filter((e) => reading(e) && !e.errorCode);
    const bytes = reads.reduce((n, e) => n + e.responseBytes, 0);
    // The first 2,000 rows, then ~3.4 MB blocks.
    expect(reads.length).toBeLessThanOrEqual(1 + Math.ceil(bytes / 3_000_000));
  });

  it("names the sheet it cannot find", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }] });
    const error = await host
      .run((ctx) => readWorkbook(ctx, ["不存在"], host.supports))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "sheetMissing", detail: "不存在" });
  });
});
