// The .xlsx host owns what it writes as the Excel host does (test/excel/ownership.test.ts): by
// marks in the file (hidden names whose comment holds the mark), decided by the same rules. A
// file goes to Excel between runs, where a person types a 领导批示 into last month's summary,
// renames it, types over a flag or changes a header: each situation is made on the file's parts
// as Excel would save it, and the next run must keep what the person did.
import { describe, expect, it } from "vitest";
import { withOwnedSheet } from "../../src/app/bindings";
import { inlineCoreWork } from "../../src/app/coreWork";
import { decodeMark } from "../../src/app/ownership/marks";
import { createLedgerOperations } from "../../src/app/operations";
import { readWorkbook } from "../../src/xlsx";
import { createXlsxHost } from "../../src/xlsx/host";
import { PROBLEM, REGISTRY, exceljsWorkbook } from "./_lib/fixture";
import { exceljs, partsOf } from "./_lib/parts";
import { deleteSheet, renameSheet, sheetPartName, typeInto, withoutMarks } from "./_lib/userEdits";

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const flagsChoice = { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" } as const;
const summaryChoice = { ...flagsChoice, slips: false };

/** A session on a file: open, run, save (the file then goes to Excel and comes back). */
function session(bytes: Uint8Array) {
  const host = createXlsxHost(bytes, { file: "台账.xlsx" });
  return { host, ops: createLedgerOperations(host, context, inlineCoreWork(context)) };
}

/** The messy ledger bound, flagged and summarised, as saved. */
async function firstRun(): Promise<Uint8Array> {
  const { host, ops } = session(await exceljsWorkbook());
  await ops.bind(PROBLEM, { kind: "problem" });
  await ops.bind(REGISTRY, { kind: "office" });
  await ops.applyFlags(flagsChoice);
  await ops.summarize(summaryChoice);
  return host.save();
}

async function sheetsOf(bytes: Uint8Array) {
  return readWorkbook(bytes);
}

async function cell(bytes: Uint8Array, sheet: string, row: number, column: number) {
  return (await sheetsOf(bytes)).find((s) => s.name === sheet)?.values[row]?.[column] ?? null;
}

/** The cell's element in the sheet part (formula cells are told by their <f>). */
function cellXml(bytes: Uint8Array, sheet: string, address: string): string {
  const parts = partsOf(bytes);
  const xml = parts[sheetPartName(parts, sheet)]!;
  return new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? "";
}

/** The add-in's marks in the file: name → reference and decoded mark. */
function marksOf(bytes: Uint8Array) {
  const xml = partsOf(bytes)["xl/workbook.xml"]!;
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [
    ...xml.matchAll(/<definedName name="(Taizhang_[^"]*)"([^>]*)>([^<]*)<\/definedName>/g),
  ].map((m) => ({
    name: m[1]!,
    hidden: / hidden="1"/.test(m[2]!),
    mark: decodeMark(decode(/ comment="([^"]*)"/.exec(m[2]!)?.[1] ?? "")),
    reference: decode(m[3]!),
  }));
}

const summaries = async (bytes: Uint8Array) =>
  (await sheetsOf(bytes)).map((s) => s.name).filter((n) => n.startsWith("台账汇总"));

describe("the file host marks what it writes", () => {
  it("marks its sheets, columns and ledgers with hidden names that survive a save and reopen", async () => {
    const saved = await firstRun();
    const marks = marksOf(saved);
    expect(marks.every((m) => m.hidden)).toBe(true);
    const flags = marks.find((m) => m.name === "Taizhang_Column_L1_flags")!;
    expect(flags.reference).toBe(`'${PROBLEM}'!$M$3:$M$8`);
    expect(flags.mark).toMatchObject({
      kind: "column",
      key: "flags",
      header: "【台账助手】挂图作战",
    });
    const summary = marks.filter((m) => m.mark?.kind === "sheet");
    expect(summary.map((m) => [m.reference, m.mark?.kind === "sheet" && m.mark.complete])).toEqual([
      ["'台账汇总'!$A$1", true],
    ]);
    expect(marks.find((m) => m.name === "Taizhang_Ledger_L1")?.reference).toBe(
      `'${PROBLEM}'!$A$3:$I$3`,
    );
    // Reopened (ExcelJS reads the file as Excel would, names and all), run again: the marks
    // found the summary and the flags, so both are rewritten in place and marked anew.
    expect((await exceljs(saved)).definedNames.model.length).toBe(1 + marks.length);
    const again = session(saved);
    await again.ops.applyFlags(flagsChoice);
    await again.ops.summarize(summaryChoice);
    const out = again.host.save();
    expect(await summaries(out)).toEqual(["台账汇总"]);
    const next = marksOf(out).filter((m) => m.mark?.kind === "sheet");
    expect(next).toHaveLength(1);
    expect(next[0]!.name).not.toBe(summary[0]!.name);
    expect(cellXml(out, PROBLEM, "N3")).toBe("");
  });
});

describe("output a person made theirs is kept", () => {
  it("keeps a summary a 领导批示 was typed on and writes the new one beside it", async () => {
    const typed = typeInto(await firstRun(), "台账汇总", "A60", "领导批示：请各院抓紧整改。");
    const { host, ops } = session(typed);
    const outcome = await ops.summarize(summaryChoice);
    expect(outcome.sheets).toEqual(["台账汇总 (2)"]);
    expect(outcome.notes.join()).toContain("“台账汇总”已有人修改或改名，已原样保留");
    const out = host.save();
    expect(await cell(out, "台账汇总", 59, 0)).toBe("领导批示：请各院抓紧整改。");
    // The kept sheet is the person's now: no mark over it; the new one is marked.
    expect(
      marksOf(out)
        .filter((m) => m.mark?.kind === "sheet")
        .map((m) => m.reference),
    ).toEqual(["'台账汇总 (2)'!$A$1"]);
    // The next run replaces its own output and leaves theirs alone.
    const next = session(out);
    expect((await next.ops.summarize(summaryChoice)).sheets).toEqual(["台账汇总 (2)"]);
    const last = next.host.save();
    expect(await summaries(last)).toEqual(["台账汇总", "台账汇总 (2)"]);
    expect(await cell(last, "台账汇总", 59, 0)).toBe("领导批示：请各院抓紧整改。");
  });

  it("keeps a renamed summary, with what was typed in it, and writes 台账汇总 anew", async () => {
    const renamed = renameSheet(await firstRun(), "台账汇总", "5月汇总（已上报）");
    const typed = typeInto(renamed, "5月汇总（已上报）", "H2", "已于6月2日报市院");
    const { host, ops } = session(typed);
    const outcome = await ops.summarize(summaryChoice);
    expect(outcome.sheets).toEqual(["台账汇总"]);
    expect(outcome.notes.join()).toContain("“5月汇总（已上报）”已有人修改或改名，已原样保留");
    const out = host.save();
    expect(await cell(out, "5月汇总（已上报）", 1, 7)).toBe("已于6月2日报市院");
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual([
      PROBLEM,
      REGISTRY,
      "说明",
      "5月汇总（已上报）",
      "台账汇总",
    ]);
  });

  it("keeps a renamed summary nobody typed in: a new name makes it theirs", async () => {
    const renamed = renameSheet(await firstRun(), "台账汇总", "5月汇总");
    const { host, ops } = session(renamed);
    await ops.summarize(summaryChoice);
    expect((await sheetsOf(host.save())).map((s) => s.name).slice(3)).toEqual([
      "5月汇总",
      "台账汇总",
    ]);
  });

  it("replaces an untouched summary in its place, under its name", async () => {
    const { host, ops } = session(await firstRun());
    // A sheet after the summary: the replacement must come back before it.
    await ops.writeIssueReport((await ops.validate()).issues);
    const before = (await sheetsOf(host.save())).map((s) => s.name);
    expect(before.slice(3)).toEqual(["台账汇总", "台账问题清单"]);
    const outcome = await ops.summarize(summaryChoice);
    expect(outcome.sheets).toEqual(["台账汇总"]);
    expect(outcome.notes.join()).not.toContain("已原样保留");
    expect((await sheetsOf(host.save())).map((s) => s.name)).toEqual(before);
  });
});

describe("output a person deleted", () => {
  it("writes the summary anew and forgets the mark left over nothing", async () => {
    const deleted = deleteSheet(await firstRun(), "台账汇总");
    expect(marksOf(deleted).some((m) => m.reference.startsWith("#REF!"))).toBe(true);
    const { host, ops } = session(deleted);
    expect((await ops.summarize(summaryChoice)).sheets).toEqual(["台账汇总"]);
    const marks = marksOf(host.save());
    expect(marks.filter((m) => m.reference.includes("#REF!"))).toEqual([]);
    expect(marks.filter((m) => m.mark?.kind === "sheet").map((m) => m.reference)).toEqual([
      "'台账汇总'!$A$1",
    ]);
  });
});

describe("owned columns: what a person typed in them stays", () => {
  it("keeps a value typed over a flag formula (人工标识) through every re-run", async () => {
    const typed = typeInto(await firstRun(), PROBLEM, "M5", "人工改为红旗");
    const { host, ops } = session(typed);
    const outcome = await ops.applyFlags(flagsChoice);
    expect(outcome.notes.join()).toContain("1个单元格为人工填写（人工标识），已保留未改动");
    const out = host.save();
    expect(await cell(out, PROBLEM, 4, 12)).toBe("人工改为红旗");
    // The formula in every other row, split around the typed cell.
    expect(cellXml(out, PROBLEM, "M4")).toMatch(/<f>IF\(/);
    expect(cellXml(out, PROBLEM, "M6")).toMatch(/<f t="shared" ref="M6:M8" si="\d+">IF\(/);
    expect(cellXml(out, PROBLEM, "M8")).toMatch(/<f t="shared" si="\d+"\/>/);
    const again = session(out);
    await again.ops.applyFlags({ ...flagsChoice, scheme: "lights" });
    const last = again.host.save();
    expect(await cell(last, PROBLEM, 4, 12)).toBe("人工改为红旗");
    expect(cellXml(last, PROBLEM, "M4")).toMatch(/<f>IF\(/);
    expect(cellXml(last, PROBLEM, "N3")).toBe("");
    // ExcelJS reads the split formulas back as formulas.
    const ledger = (await exceljs(last)).getWorksheet(PROBLEM)!;
    expect(ledger.getCell("M7").value).toEqual({ sharedFormula: "M6" });
  });

  it("keeps a header the person changed and adds no second column", async () => {
    const changed = typeInto(await firstRun(), PROBLEM, "M3", "进度标识");
    let bytes: Uint8Array = changed;
    for (let run = 0; run < 2; run++) {
      const { host, ops } = session(bytes);
      await ops.applyFlags(flagsChoice);
      bytes = host.save();
    }
    expect(await cell(bytes, PROBLEM, 2, 12)).toBe("进度标识");
    expect(cellXml(bytes, PROBLEM, "N3")).toBe("");
    expect(cellXml(bytes, PROBLEM, "M4")).toMatch(/<f>IF\(|<f t="shared"/);
  });

  it("never takes a pasted copy of the flag column for its own", async () => {
    let bytes: Uint8Array = await firstRun();
    // A values copy of the flag column, header included, pasted two columns to the right.
    const copy = ["【台账助手】挂图作战", "红旗", "黄旗", "绿旗", "红旗", "绿旗"];
    copy.forEach((text, i) => (bytes = typeInto(bytes, PROBLEM, `O${i + 3}`, text)));
    const { host, ops } = session(bytes);
    await ops.applyFlags(flagsChoice);
    const out = host.save();
    const ledger = (await sheetsOf(out)).find((s) => s.name === PROBLEM)!;
    expect(ledger.values.slice(2, 8).map((r) => r[14])).toEqual(copy);
    expect(ledger.values[2]?.slice(10, 13)).toEqual([
      "【台账助手】状态判定",
      "【台账助手】完成时限（日期）",
      "【台账助手】挂图作战",
    ]);
    expect(cellXml(out, PROBLEM, "O4")).not.toContain("<f");
    expect(cellXml(out, PROBLEM, "M4")).toContain("<f");
  });

  it("removes its columns by their marks, keeps typed-over cells and forgets the marks", async () => {
    let bytes: Uint8Array = typeInto(await firstRun(), PROBLEM, "M5", "人工改为红旗");
    // The date column's header is the person's now: it is only forgotten.
    bytes = typeInto(bytes, PROBLEM, "L3", "整改期限");
    const { host } = session(bytes);
    expect(await host.removeOwnedColumns(PROBLEM)).toBe(2);
    const out = host.save();
    const ledger = (await sheetsOf(out)).find((s) => s.name === PROBLEM)!;
    expect(ledger.values.slice(2, 8).map((r) => [r[10] ?? null, r[12] ?? null])).toEqual([
      [null, null],
      [null, null],
      [null, "人工改为红旗"],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(ledger.values[2]?.[11]).toBe("整改期限");
    expect(cellXml(out, PROBLEM, "L4")).toContain("<f>");
    expect(marksOf(out).filter((m) => m.mark?.kind === "column")).toEqual([]);
  });
});

describe("a workbook an older version wrote (bindings, no marks)", () => {
  it("finds its columns where the bindings recorded them and keeps its unmarked summary", async () => {
    const first = await firstRun();
    // As the version before marks left the file: its summary recorded by sheetId only.
    const legacy = session(withoutMarks(first));
    const summaryId = (await legacy.host.state()).sheets.find((s) => s.name === "台账汇总")!.id;
    await legacy.host.updateBindings((b) => withOwnedSheet(b, { key: "summary", id: summaryId }));
    const old = legacy.host.save();
    expect(marksOf(old)).toEqual([]);

    const { host, ops } = session(old);
    await ops.applyFlags(flagsChoice);
    const outcome = await ops.summarize(summaryChoice);
    expect(outcome.sheets).toEqual(["台账汇总 (2)"]);
    expect(outcome.notes.join()).toContain(
      "“台账汇总”由旧版本写入，无法确认是否有人修改过，已原样保留",
    );
    const out = host.save();
    // The columns rewritten in place (no second flag column), and marked from now on.
    expect(cellXml(out, PROBLEM, "N3")).toBe("");
    expect(cellXml(out, PROBLEM, "M4")).toContain("<f");
    expect(marksOf(out).map((m) => m.name)).toEqual(
      expect.arrayContaining(["Taizhang_Column_L1_flags", "Taizhang_Ledger_L1"]),
    );
    // Once marked, the new summary is replaced in place; the old one stays the person's.
    const next = session(out);
    expect((await next.ops.summarize(summaryChoice)).notes.join()).not.toContain("已原样保留");
    expect(await summaries(next.host.save())).toEqual(["台账汇总", "台账汇总 (2)"]);
  });
});
