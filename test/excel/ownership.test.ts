// Taizhang writes only what it owns and never changes what a person typed — tried against the
// situations real users meet: reopened files, output a person adopted, two writers at once, a
// person typing between two requests, and a failure at any action. Each asserts from the fake's
// own records that no user cell changed and no user sheet was deleted, and what the user is told.
import { describe, expect, it } from "vitest";
import { TaizhangError } from "../../src/core/errors";
import type { RowsRechecked } from "../../src/app/validation";
import { createFakeExcel, type FakeExcel } from "../fakeExcel";
import { excelOperations } from "../app/_lib/excelOperations";
import { messyWorkbook, PROBLEM_SHEET, REGISTRY_SHEET } from "../app/_lib/messyLedger";

const AS_OF = "2021-06-30";
const flagsChoice = { scheme: "flags", dueSoonDays: 7, asOf: AS_OF } as const;
const summaryChoice = { ...flagsChoice, slips: false };

async function bound() {
  const fx = await createFakeExcel({ workbook: messyWorkbook });
  const ops = excelOperations(fx, { editDelayMs: 5 });
  await ops.bind(PROBLEM_SHEET, { kind: "problem" });
  await ops.bind(REGISTRY_SHEET, { kind: "office" });
  return { fx, ops };
}

/** Sheets that are neither the add-in's marked output nor the user's, with their names. */
function liveNames(fx: FakeExcel): string[] {
  return fx.workbook.liveSheets().map((s) => s.name);
}

function untouched(fx: FakeExcel) {
  expect(fx.userCellsChangedByAddIn()).toEqual([]);
  expect(fx.userSheetsDeleted()).toEqual([]);
}

async function waitFor(condition: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("reopened files (sheet ids renumbered)", () => {
  it("never takes a user's sheet for its summary, whatever id the sheet now has", async () => {
    const { fx, ops } = await bound();
    await ops.summarize(summaryChoice);
    fx.userDeleteSheet("台账汇总");
    fx.userAddSheet("我的统计", [["自己写的"]]);
    fx.reopen();
    const after = excelOperations(fx);
    await after.summarize(summaryChoice);
    await after.summarize(summaryChoice);
    expect(fx.workbook.findSheet("我的统计")?.peek(0, 0)?.value).toBe("自己写的");
    expect(liveNames(fx).filter((n) => n.startsWith("台账汇总"))).toEqual(["台账汇总"]);
    untouched(fx);
  });

  it("finds a bound ledger by its mark, not by an id that now names another sheet", async () => {
    const { fx } = await bound();
    // A new first sheet shifts every tab: after reopening, ids follow the tabs.
    fx.userAddSheet("说明", [["填表说明：……"]]);
    fx.userRenameSheet(PROBLEM_SHEET, "整改台账2021");
    fx.reopen();
    const v = await excelOperations(fx).validate();
    expect(v.ledgers.map((l) => [l.sheet, l.kind, l.rows])).toEqual([
      ["整改台账2021", "problem", 4],
      [REGISTRY_SHEET, "office", 2],
    ]);
  });

  it("asks the user when the sheet under a binding's name is no longer that ledger", async () => {
    const { fx, ops } = await bound();
    fx.userDeleteSheet(PROBLEM_SHEET);
    fx.userAddSheet(PROBLEM_SHEET, [
      ["日期", "主题", "人数"],
      ["2021-06-01", "座谈", 12],
    ]);
    const error = await ops.validate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).zh).toContain("表头与登记为台账时不同");
  });
});

describe("output a person adopted", () => {
  it("keeps a renamed summary with a note typed in it, and says where the new one is", async () => {
    const { fx, ops } = await bound();
    await ops.summarize(summaryChoice);
    fx.userRenameSheet("台账汇总", "5月汇总（已上报）");
    fx.userEdit("5月汇总（已上报）", "H2", [["已于6月2日报市院"]]);
    const outcome = await ops.summarize(summaryChoice);
    expect(fx.workbook.findSheet("5月汇总（已上报）")?.peek(1, 7)?.value).toBe("已于6月2日报市院");
    expect(outcome.sheets).toContain("台账汇总");
    expect(outcome.notes.join()).toContain("“5月汇总（已上报）”已有人修改或改名，已原样保留");
    untouched(fx);
  });

  it("keeps a summary a 领导批示 was typed on, writing the new one beside it", async () => {
    const { fx, ops } = await bound();
    await ops.summarize(summaryChoice);
    fx.userEdit("台账汇总", "A40", [["领导批示：请各院抓紧整改。"]]);
    const outcome = await ops.summarize(summaryChoice);
    expect(fx.workbook.findSheet("台账汇总")?.peek(39, 0)?.value).toBe(
      "领导批示：请各院抓紧整改。",
    );
    expect(outcome.sheets).toEqual(["台账汇总 (2)"]);
    await ops.summarize(summaryChoice);
    expect(liveNames(fx).filter((n) => n.startsWith("台账汇总"))).toEqual([
      "台账汇总",
      "台账汇总 (2)",
    ]);
    untouched(fx);
  });

  it("keeps a flag a person typed over the formula (人工标识) and reports it", async () => {
    const { fx, ops } = await bound();
    await ops.applyFlags(flagsChoice);
    // The messy ledger: K 状态判定, L its text deadlines as dates, M the flags.
    fx.userEdit(PROBLEM_SHEET, "M5", [["人工改为红旗"]]);
    const outcome = await ops.applyFlags(flagsChoice);
    expect(fx.workbook.findSheet(PROBLEM_SHEET)?.peek(4, 12)?.value).toBe("人工改为红旗");
    expect(fx.workbook.findSheet(PROBLEM_SHEET)?.peek(3, 12)?.formula).toMatch(/^=IF\(/);
    expect(outcome.notes.join()).toContain("1个单元格为人工填写（人工标识），已保留未改动");
    untouched(fx);
  });
});

describe("owned columns found by their mark, not their header", () => {
  it("never takes a pasted copy of the flag column for its own", async () => {
    const { fx, ops } = await bound();
    await ops.applyFlags(flagsChoice);
    const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
    const copy = [2, 3, 4, 5, 6].map((r) => [problem.peek(r, 12)?.value ?? ""]);
    // A values copy of the flag column, its header included, pasted to the right.
    fx.userEdit(PROBLEM_SHEET, "O3:O7", copy);
    fx.cellLog.reset();
    await ops.applyFlags(flagsChoice);
    expect(fx.cellLog.touching(PROBLEM_SHEET).every((w) => /^[KLM]/.test(w.address))).toBe(true);
    expect([2, 3, 4, 5, 6].map((r) => [problem.peek(r, 14)?.value ?? ""])).toEqual(copy);
    untouched(fx);
  });

  it("keeps a header the user changed and adds no second column", async () => {
    const { fx, ops } = await bound();
    await ops.applyFlags(flagsChoice);
    fx.userEdit(PROBLEM_SHEET, "M3", [["进度标识"]]);
    await ops.applyFlags(flagsChoice);
    await ops.applyFlags(flagsChoice);
    const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
    expect(problem.peek(2, 12)?.value).toBe("进度标识");
    expect(problem.peek(2, 13)?.value ?? "").toBe("");
    expect(problem.peek(3, 12)?.formula).toMatch(/^=IF\(/);
    untouched(fx);
  });

  it("puts back what a person typed into the new column between the read and the write", async () => {
    const { fx, ops } = await bound();
    // 标识: the list of ledgers (0), the read (1), then the write (2).
    fx.beforeRequest(() => fx.userEdit(PROBLEM_SHEET, "L6", [["我的备注"]]), 2);
    const outcome = await ops.applyFlags(flagsChoice);
    expect(fx.workbook.findSheet(PROBLEM_SHEET)?.peek(5, 11)?.value).toBe("我的备注");
    expect(outcome.notes.join()).toContain("已原样恢复");
    // Whatever happened in between, the cell holds what the person typed, as text they typed.
    const last = new Map(fx.userCellsChangedByAddIn().map((c) => [c.address, c.after]));
    expect([...last.values()].every((v) => v === "我的备注")).toBe(true);
  });
});

describe("one writer at a time, and failures that leave the old output or the new", () => {
  it("two first-time 生成汇总 from the ribbon and the pane: one waits, nothing is lost", async () => {
    const { fx, ops } = await bound();
    const ribbonRuntime = await fx.addRuntime();
    const ribbon = excelOperations(ribbonRuntime);
    fx.setLatency(20);
    ribbonRuntime.setLatency(20);
    const [a, b] = await Promise.all([
      ops.summarize(summaryChoice),
      ribbon.summarize(summaryChoice),
    ]);
    expect(a.sheets).toEqual(["台账汇总"]);
    expect(b.sheets).toEqual(["台账汇总"]);
    expect(liveNames(fx).filter((n) => n !== PROBLEM_SHEET && n !== REGISTRY_SHEET)).toEqual([
      "台账汇总",
    ]);
    expect([...fx.workbook.settings.keys()].filter((k) => k.includes("writer"))).toEqual([]);
    untouched(fx);
  });

  it("a user sheet named 台账汇总 made between the read and the write is never deleted", async () => {
    const { fx, ops } = await bound();
    // 生成汇总 reads the survey and ledgers (0), then writes (1).
    fx.beforeRequest(() => fx.userAddSheet("台账汇总", [["我自己的汇总"]]), 1);
    const outcome = await ops.summarize(summaryChoice).catch((e: unknown) => e);
    expect(fx.workbook.findSheet("台账汇总")?.peek(0, 0)?.value).toBe("我自己的汇总");
    untouched(fx);
    // Either the write went through under another name, or it says where the new summary is.
    if (outcome instanceof TaizhangError) expect(outcome.zh).toMatch(/新的内容已完整写入“[^”]+”/);
    else expect((outcome as { sheets: string[] }).sheets[0]).not.toBe("台账汇总");
  });

  it("a flag re-run that fails at any action keeps a formula in every row of the column", async () => {
    const probe = await bound();
    await probe.ops.applyFlags(flagsChoice);
    probe.fx.requests.reset();
    await probe.ops.applyFlags(flagsChoice);
    // The list of ledgers, the read, what the column holds, then the write.
    const actions = probe.fx.requests.actionsOf(3).length;
    for (let k = 0; k < actions; k += 3) {
      const { fx, ops } = await bound();
      await ops.applyFlags(flagsChoice);
      fx.failRequest(3, { afterActions: k });
      await ops.applyFlags(flagsChoice).catch(() => undefined);
      const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
      for (const row of [3, 4, 6, 7]) expect(problem.peek(row, 12)?.formula).toMatch(/^=IF\(/);
      untouched(fx);
    }
  });
});

describe("edits during a write", () => {
  it("are checked again once the write ends", async () => {
    const { fx, ops } = await bound();
    await ops.validate();
    const updates: RowsRechecked[] = [];
    const stop = await ops.watchEdits((u) => updates.push(u));
    // The person fixes 2021年13月5日 while 标识 writes.
    fx.beforeRequest(() => fx.userEdit(PROBLEM_SHEET, "G8", [["2021年12月5日"]]), 2);
    await ops.applyFlags(flagsChoice);
    await waitFor(() => updates.some((u) => u.sheet === PROBLEM_SHEET));
    const last = updates.filter((u) => u.sheet === PROBLEM_SHEET).at(-1)!;
    expect(last.issues.map((i) => i.position)).not.toContain("G8");
    await stop();
  });
});
