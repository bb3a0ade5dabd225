// The write's estimate of its requests against what the fake host measures: never under the
// request Microsoft's library sends (Excel on the web refuses one over 5 MB), and close enough
// that a large write fills its requests instead of sending twice as many.
import { describe, expect, it } from "vitest";
import { emptySheetPlan, type PlanValue, type ValueBlock } from "../../src/core/plan/types";
import { jsonBytes } from "../../src/excel/payload";
import {
  PROPERTY_BYTES,
  UNKEPT_RANGE_BYTES,
  REQUEST_FRAME_BYTES,
  hyperlinkWriteBytes,
  type HyperlinkValue,
} from "../../src/excel/requestBytes";
import { writeOwnedSheet } from "../../src/excel/writeSheet";
import { WriteBatch } from "../../src/excel/writeBatch";
import { writeValueBlock } from "../../src/excel/writeValues";
import { writeOwnedColumn } from "../../src/excel/writeColumn";
import { testHost } from "./_lib/host";
import { INJECTIONS } from "./_lib/ledgers";

/** Stated margin: the estimate of a request carrying a block is at most this times its size. */
const MARGIN = 1.25;

const grid = (rows: number, columns: number, cell: (r: number, c: number) => PlanValue) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));

const LONG_TEXT = "关于落实检察建议整改情况的说明，“某某县”人民检察院\n第二段：".repeat(6);

const BLOCKS: Record<string, ValueBlock> = {
  // Numbers of every length: integers, decimals, negatives, and nulls sent as "".
  values: {
    row: 0,
    column: 0,
    values: grid(20_000, 10, (r, c) =>
      c === 9 && r % 3 === 0 ? null : ((r * 7919 + c) % 1e6) / 7 - c,
    ),
  },
  // Long number formats on every column, so the formats weigh more than the numbers.
  formats: {
    row: 2,
    column: 1,
    values: grid(8_000, 12, (r, c) => (c % 5 === 4 ? null : r + c)),
    columnFormats: Array.from({ length: 12 }, (_, c) =>
      c % 2 ? 'yyyy"年"m"月"d"日"' : '#,##0.00_);[Red](#,##0.00);"零"',
    ),
  },
  // Chinese text, long, with quotes and line breaks the JSON escapes, and formula-like text.
  text: {
    row: 0,
    column: 0,
    values: grid(3_000, 8, (r, c) =>
      c === 0 ? INJECTIONS[r % INJECTIONS.length]! : `${LONG_TEXT}${r}-${c}`,
    ),
  },
  // One column (the library's chunks are 1,500 rows) and many columns (chunks of a few rows).
  narrow: { row: 0, column: 3, values: grid(40_000, 1, (r) => `第${r}号`) },
  wide: { row: 0, column: 0, values: grid(300, 400, (r, c) => (c % 3 ? r * c : `列${c}`)) },
};

/** Writes `block` alone through a batch of `limit` bytes; the batch's and the host's figures. */
async function measure(block: ValueBlock, limit?: number, hostLimit?: number) {
  const host = await testHost({ sheets: [{ name: "Sheet1" }] });
  if (hostLimit) host.fx.setPayloadLimit(hostLimit);
  host.fx.requests.reset();
  const estimates = await host.run(async (ctx) => {
    const batch = new WriteBatch(ctx, limit);
    await writeValueBlock(ctx.workbook.worksheets.getItem("Sheet1"), block, batch);
    await batch.flush();
    return batch.sent;
  });
  const sent = sentWrites(host);
  return { host, estimates, sent };
}

const isRelease = (a: { Name?: string; ActionType: number }) =>
  a.ActionType === 1 || a.Name === "_RemoveReference";

/** The requests that wrote: Excel.run's closing request (references released) carries no write. */
function sentWrites(host: Awaited<ReturnType<typeof testHost>>) {
  return host.fx.requests.entries.filter((e) => !e.body.Actions.every(isRelease));
}

/** Each request was accepted, and its estimate is never under it and within MARGIN× of it. */
function expectEstimatesFit(estimates: readonly number[], sent: ReturnType<typeof sentWrites>) {
  expect(estimates).toHaveLength(sent.length);
  sent.forEach((e, i) => {
    expect(e.errorCode).toBeFalsy();
    expect(estimates[i]).toBeGreaterThanOrEqual(e.bytes);
    expect(estimates[i]).toBeLessThanOrEqual(e.bytes * MARGIN);
  });
}

describe("the write's estimate of a request", () => {
  for (const [kind, block] of Object.entries(BLOCKS)) {
    it(`is never under the request the library sends, and within ${MARGIN}× of it: ${kind}`, async () => {
      const { host, estimates, sent } = await measure(block);
      expectEstimatesFit(estimates, sent);
      const last = block.values.length - 1;
      const written = host.fx.workbook.findSheet("Sheet1")!;
      const lastRow = block.values[last]!;
      const c = lastRow.length - 1;
      expect(written.peek(block.row + last, block.column + c)?.value ?? null).toEqual(
        lastRow[c] === null ? null : lastRow[c],
      );
    }, 60_000);
  }

  it("is never under a small request either, and over it by less than the fixed parts", async () => {
    const { estimates, sent } = await measure({
      row: 4,
      column: 2,
      values: [
        ["院", "数", null],
        ["阿坝县院", 1, "=1+1"],
      ],
    });
    expect(sent).toHaveLength(1);
    expect(estimates[0]).toBeGreaterThanOrEqual(sent[0]!.bytes);
    expect(estimates[0]! - sent[0]!.bytes).toBeLessThan(2_000);
  });

  it("fills each request up to the budget: as few requests as the bytes need, none over the host's limit", async () => {
    // A budget of 1 MB on a host that refuses 1.1 MB: the text block is about 8 MB.
    const { estimates, sent } = await measure(BLOCKS.text!, 1_000_000, 1_100_000);
    const total = sent.reduce((n, e) => n + e.bytes, 0);
    expect(sent.every((e) => !e.errorCode && e.bytes <= 1_000_000)).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(Math.ceil((total * MARGIN) / 1_000_000));
    // Every request but the last is filled to within one row of the budget.
    for (const estimate of estimates.slice(0, -1))
      expect(estimate).toBeGreaterThan(1_000_000 - 2 * 8 * LONG_TEXT.length * 3);
  }, 60_000);

  it("splits a long column of row formulas into requests that fill the budget, none over the host's limit", async () => {
    // 20,000 rows of per-row formulas (as normalised dates are written): about 1.2 MB, through a
    // budget of 300 kB on a host that refuses 330 kB.
    const rows = 20_000;
    const host = await testHost({ sheets: [{ name: "台账", cells: [["标题"], ["完成时限"]] }] });
    host.fx.setPayloadLimit(330_000);
    host.fx.requests.reset();
    const rowFormulas = Array.from({ length: rows }, (_, i) =>
      i % 7 === 0
        ? null
        : `=IF(ISNUMBER(RC1),RC1,IF(RC1&""="2021年5月${(i % 28) + 1}日",DATE(2021,5,${(i % 28) + 1}),""))`,
    );
    const estimates = await host.run(async (ctx) => {
      const batch = new WriteBatch(ctx, 300_000);
      const sheet = ctx.workbook.worksheets.getItem("台账");
      await writeOwnedColumn(
        sheet,
        {
          plan: {
            key: "deadlineDates",
            sheet: "台账",
            headerRow: 1,
            header: "【台账助手】完成时限（日期）",
            firstRow: 2,
            rowCount: rows,
            rowFormulas,
            numberFormat: "yyyy-mm-dd",
          },
          column: 1,
          previous: null,
          keepHeader: false,
          typedRows: [],
          fresh: true,
        },
        (f) => f,
        { batch, supports: host.supports, notes: [] },
      );
      await batch.flush();
      return batch.sent;
    });
    const sent = sentWrites(host);
    expect(sent.every((e) => !e.errorCode && e.bytes <= 300_000)).toBe(true);
    expect(sent.length).toBeGreaterThan(3);
    expect(estimates).toHaveLength(sent.length);
    sent.forEach((e, i) => {
      expect(estimates[i]).toBeGreaterThanOrEqual(e.bytes);
      if (i < sent.length - 1) expect(estimates[i]).toBeLessThanOrEqual(e.bytes * MARGIN);
    });
    const written = host.fx.workbook.findSheet("台账")!;
    // The last formula, in its row (the host keeps it in A1 notation).
    expect(rowFormulas[rows - 2]).toContain("DATE(2021,5,7)");
    expect(written.peek(rows, 1)?.formula).toMatch(/^=IF\(ISNUMBER\(\$A20001\).*DATE\(2021,5,7\)/);
    expect(written.peek(rows + 1, 1)?.formula ?? null).toBe(null);
    expect(written.peek(2, 1)?.formula ?? null).toBe(null);
  }, 60_000);

  // Hyperlinks: the issue report's links (writeOwnedSheet), and the link object itself with
  // every field Excel takes heavy — a long address, a text and a screen tip of Chinese with
  // quotes and line breaks the JSON escapes — so leaving out any field, or counting its
  // characters instead of its escaped UTF-8 bytes, puts the estimate under the request.
  const TIP = `“某某县”人民检察院\n第${"二".repeat(100)}段：\\说明`;
  const HEAVY: HyperlinkValue[] = [
    {
      address: `https://example.cn/台账?院=${"阿坝".repeat(300)}&q="x"`,
      textToDisplay: TIP,
      screenTip: TIP,
    },
    { documentReference: "'院''的''台''账''表''格''名''称''很''长'!B2", screenTip: TIP },
    { documentReference: "'问题整改台账'!C3", textToDisplay: TIP },
  ];

  it("counts a hyperlink's address, text and screen tip as the library sends them", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }] });
    host.fx.requests.reset();
    const links = Array.from({ length: 600 }, (_, i) => HEAVY[i % HEAVY.length]!);
    const estimates = await host.run(async (ctx) => {
      const batch = new WriteBatch(ctx, 100_000);
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      for (const [i, link] of links.entries()) {
        await batch.reserve(hyperlinkWriteBytes(link));
        sheet.getRange(`B${i + 1}`).hyperlink = link;
      }
      await batch.flush();
      return batch.sent;
    });
    const sent = sentWrites(host);
    expect(sent.length).toBeGreaterThan(3);
    expectEstimatesFit(estimates, sent);
    expect(host.fx.workbook.findSheet("Sheet1")!.peek(599, 1)?.hyperlink).toEqual(links[599]);
  }, 60_000);

  it("counts the issue report's links as written: the sheet's name quoted, its apostrophes doubled", async () => {
    // The longest name Excel allows, nearly all apostrophes: doubled, as the reference quotes it.
    const target = `院${"'".repeat(29)}表`;
    const host = await testHost({ sheets: [{ name: "台账问题清单" }, { name: target }] });
    host.fx.requests.reset();
    const plan = emptySheetPlan("issues", "台账问题清单");
    for (let i = 0; i < 3_000; i++)
      plan.hyperlinks.push({
        row: 2 + i,
        column: 2,
        sheet: target,
        address: `C${i + 3}`,
        text: "",
      });
    const estimates = await host.run(async (ctx) => {
      const batch = new WriteBatch(ctx, 100_000);
      await writeOwnedSheet(ctx.workbook.worksheets.getItem("台账问题清单"), plan, {
        batch,
        supports: host.supports,
        notes: [],
        tableName: (name) => name,
      });
      await batch.flush();
      return batch.sent;
    });
    const sent = sentWrites(host);
    expect(sent.length).toBeGreaterThan(3);
    expectEstimatesFit(estimates, sent);
    const written = host.fx.workbook.findSheet("台账问题清单")!;
    expect(written.peek(3_001, 2)?.hyperlink).toEqual({
      documentReference: `'院${"''".repeat(29)}表'!C3002`,
      textToDisplay: "",
    });
    // Each link reserved at least its range, its property and the JSON of the link the cell
    // got (the fixed parts' margin would hide a few bytes short a link, thousands of times).
    const reserved = estimates.reduce((n, e) => n + e - REQUEST_FRAME_BYTES, 0);
    const payload = plan.hyperlinks.reduce(
      (n, l) =>
        n +
        UNKEPT_RANGE_BYTES +
        PROPERTY_BYTES +
        jsonBytes(written.peek(l.row, l.column)?.hyperlink),
      0,
    );
    expect(reserved).toBeGreaterThanOrEqual(payload);
  }, 60_000);
});
