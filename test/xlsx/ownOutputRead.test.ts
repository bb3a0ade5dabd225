// Workbooks that already hold Taizhang's output, read again: an office's file after 一键处理
// (台账问题清单, 台账汇总, 工作提示单 and flag columns in it) sent to the province, the same file
// processed again next month, and a city's consolidated workbook consolidated by the province.
// What Taizhang made from the ledgers is not a ledger: read as one, its lists and per-office
// tables counted every item again and took headings (标识说明, 已销号) for offices.
import { describe, expect, it } from "vitest";
import { applyAll } from "../../src/app/applyAll";
import { consolidationWork, type WorkbookSource } from "../../src/app/consolidate";
import { writeConsolidation } from "../../src/app/consolidateWrite";
import { inlineCoreWork } from "../../src/app/coreWork";
import { readWorkbook } from "../../src/app/readLedgers";
import { readSpreadsheet } from "../../src/xlsx";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { createXlsxHost } from "../../src/xlsx/host";
import { readFileSheets } from "../../src/xlsx/readFileSheets";
import { A_HEADER, A_ROWS, B_HEADER, B_ROWS, officeWorkbook } from "./_lib/offices";

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const choice = { scheme: "flags", dueSoonDays: 7, asOf: "2022-01-15", slips: true } as const;

async function applied(bytes: Uint8Array, asOf: string = choice.asOf) {
  const host = createXlsxHost(bytes, { file: "阿坝.xlsx" });
  const outcome = await applyAll(host, context, inlineCoreWork(context), { ...choice, asOf });
  return { outcome, bytes: host.save() };
}

function source(name: string, bytes: Uint8Array): WorkbookSource {
  return { name, read: () => Promise.resolve(readFileSheets(bytes, name)) };
}

async function consolidated(files: WorkbookSource[]) {
  const work = await consolidationWork(context, { files, choice });
  const host = createXlsxHost(emptyWorkbook(), { file: "汇总.xlsx" });
  await writeConsolidation(host, work);
  return { outcome: work.outcome, bytes: host.save() };
}

const headline = (figures: { headline: { label: string; value: string }[] }) =>
  Object.fromEntries(figures.headline.map((f) => [f.label, f.value]));

describe("a workbook Taizhang has already processed", () => {
  it("reads as the office's ledger alone: its own sheets are left out with a note each", async () => {
    const { bytes } = await applied(await officeWorkbook(A_HEADER, A_ROWS));
    const { sheets } = readSpreadsheet(bytes, { file: "阿坝.xlsx" });
    expect(sheets.map((s) => [s.name, s.ownedKey ?? null])).toEqual([
      ["问题整改台账", null],
      ["台账问题清单", "issues"],
      ["台账汇总", "summary"],
      ["工作提示单", "slips"],
    ]);
    const read = readWorkbook(
      sheets.map((input) => ({ input })),
      context,
    );
    expect(read.results.map((r) => [r.sheet, r.kind, r.rowCount])).toEqual([
      ["问题整改台账", "problem", 2],
    ]);
    expect(read.notes.map((n) => n.message.zh)).toContain(
      "已跳过台账助手生成的工作表“台账汇总”（阿坝.xlsx），未计入汇总；如确需读取，请明确选择该工作表",
    );
  });

  it("processed again, gives the same figures and replaces its own sheets", async () => {
    const first = await applied(await officeWorkbook(A_HEADER, A_ROWS));
    const again = await applied(first.bytes);
    expect(again.outcome.ledgers).toEqual([{ sheet: "问题整改台账", kind: "problem" }]);
    expect(headline(again.outcome.figures)).toEqual(headline(first.outcome.figures));
    expect(again.outcome.sheets).toEqual(["台账问题清单", "台账汇总", "工作提示单"]);
    expect(again.outcome.notes.join("\n")).not.toContain("已有人修改");
  });

  it("sent beside the same report unprocessed, is counted once", async () => {
    const raw = await officeWorkbook(A_HEADER, A_ROWS);
    // Processed on another day: its summary and flags differ, the office's rows do not.
    const { bytes } = await applied(raw, "2022-03-31");
    const other = await officeWorkbook(B_HEADER, B_ROWS);
    const both = await consolidated([source("阿坝.xlsx", raw), source("甘洛.xlsx", other)]);
    const withCopy = await consolidated([
      source("阿坝.xlsx", raw),
      source("阿坝（已处理）.xlsx", bytes),
      source("甘洛.xlsx", other),
    ]);
    expect(withCopy.outcome.submission.files[1]?.copyOf).toBe("阿坝.xlsx");
    expect(withCopy.outcome.merged.map((m) => [m.title, m.rows])).toEqual([["问题整改台账", 4]]);
    expect(headline(withCopy.outcome.figures)).toEqual(headline(both.outcome.figures));
  });

  it("a city's consolidated workbook, consolidated again, gives its merged rows once", async () => {
    const city = await consolidated([
      source("阿坝.xlsx", await officeWorkbook(A_HEADER, A_ROWS)),
      source("甘洛.xlsx", await officeWorkbook(B_HEADER, B_ROWS)),
    ]);
    const province = await consolidated([source("凉山州.xlsx", city.bytes)]);
    expect(province.outcome.submission.files[0]?.ledgers).toEqual([
      { sheet: "问题整改台账（合并）", kind: "problem", rows: 4 },
    ]);
    expect(province.outcome.merged.map((m) => [m.title, m.rows])).toEqual([["问题整改台账", 4]]);
    expect(headline(province.outcome.figures)).toEqual(headline(city.outcome.figures));
  });
});
