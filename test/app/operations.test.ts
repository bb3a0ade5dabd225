// The task pane's host module against Microsoft's Excel library and the fake workbook: a messy
// ledger sheet is recognised, bound, validated (foreign keys against the bound registry),
// flagged and summarised, and the workbook is checked after each step.
import { describe, expect, it } from "vitest";
import { parseBindings, SETTINGS_KEY } from "../../src/app/bindings";
import { TaizhangError } from "../../src/excel/error";
import { excelOperations } from "./_lib/excelOperations";
import { applyRecheck, type RowsRechecked } from "../../src/app/validation";
import { createFakeExcel } from "../fakeExcel";
import { messyWorkbook, PROBLEM_SHEET, REGISTRY_SHEET } from "./_lib/messyLedger";

async function setUp(seed = messyWorkbook) {
  const fx = await createFakeExcel({ workbook: seed });
  const ops = excelOperations(fx, { editDelayMs: 5 });
  return { fx, ops };
}

/** The cells of the user's ledger (A1:J9) as the fake holds them. */
function userCells(fx: Awaited<ReturnType<typeof setUp>>["fx"]) {
  const sheet = fx.workbook.findSheet(PROBLEM_SHEET)!;
  const cells: unknown[][] = [];
  for (let r = 0; r < 9; r++) {
    cells.push([]);
    for (let c = 0; c < 10; c++) cells[r]!.push(sheet.peek(r, c)?.value ?? null);
  }
  return cells;
}

describe("task pane host on a messy ledger", () => {
  it("recognises the sheet: kind, header under the title rows, synonyms mapped, own column kept apart", async () => {
    const { ops } = await setUp();
    const list = await ops.listSheets();
    expect(list).toEqual({
      sheets: [PROBLEM_SHEET, REGISTRY_SHEET],
      active: PROBLEM_SHEET,
      bound: [],
    });
    const r = await ops.recognise(list.active);
    expect(r.kind).toBe("problem");
    expect(r.kindTitle).toBe("问题整改台账");
    expect(r.headerRows).toEqual([3]);
    expect(r.dataRows).toBe(4);
    const byLabel = Object.fromEntries(r.columns.map((c) => [c.label, c.fieldTitle]));
    expect(byLabel).toMatchObject({
      存在问题: "问题描述",
      整改时限: "完成时限",
      整改情况: "进展状态",
    });
    expect(r.unmapped).toEqual([{ column: 9, letter: "J", label: "联系电话" }]);
    expect(r.binding.headerRow).toBe(2);
    // The user can say what it is: read as assistance measures, the kind is theirs, but the figure
    // says how well the sheet fits it — lower than the kind its header names, never 100%.
    const asMeasures = await ops.recognise(PROBLEM_SHEET, { kind: "measure" });
    expect(asMeasures.kind).toBe("measure");
    expect(asMeasures.kindConfidence).toBeLessThan(r.kindConfidence);
    expect(asMeasures.kindConfidence).toBeLessThan(1);
  });

  it("binds, validates with foreign keys, writes the issue list, flags and summarises", async () => {
    const { fx, ops } = await setUp();
    const before = userCells(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.bind(REGISTRY_SHEET, { kind: "office" });
    const stored = parseBindings(fx.workbook.settings.get(SETTINGS_KEY));
    expect(stored.ledgers.map((l) => [l.sheet, l.kind, l.headerRow, l.mapping.status])).toEqual([
      [PROBLEM_SHEET, "problem", 2, 7],
      [REGISTRY_SHEET, "office", 0, undefined],
    ]);
    expect((await ops.listSheets()).bound.map((b) => b.kindTitle)).toEqual([
      "问题整改台账",
      "薄弱院名册",
    ]);

    const v = await ops.validate();
    expect(v.ledgers.map((l) => [l.sheet, l.rows, l.errors, l.bound])).toEqual([
      [PROBLEM_SHEET, 4, 3, true],
      [REGISTRY_SHEET, 2, 0, true],
    ]);
    // Each issue said once, in clerk words, the columns named as this ledger heads them.
    expect(v.issues.map((i) => [i.position, i.type, i.field, i.cell])).toEqual([
      ["H7", "date-without-done", "整改情况", "未启动"],
      ["B8", "foreign-key", "院名称", "某某县院"],
      ["G8", "type-error", "整改时限", "2021年13月5日"],
    ]);
    expect(v.issues.map((i) => `${i.where.zh}：${i.message.zh}`)).toEqual([
      "第7行“整改情况”：已填写“完成时间”，但状态为“未启动”，请核对。",
      "第8行“院名称”：“某某县院”不在薄弱院名册中，请核对名称。",
      "第8行“整改时限”：“2021年13月5日”无法识别为日期，请填写如 2021年3月31日。",
    ]);
    expect(v.counts).toEqual({ "type-error": 1, "date-without-done": 1, "foreign-key": 1 });

    await ops.selectCell(PROBLEM_SHEET, 8, 2);
    const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
    expect(fx.workbook.selection).toEqual({
      sheetId: problem.id,
      rect: { top: 7, left: 1, bottom: 7, right: 1 },
    });

    const report = await ops.writeIssueReport(v.issues);
    expect(report.sheets).toEqual(["台账问题清单"]);
    const issues = fx.workbook.findSheet("台账问题清单")!;
    expect([2, 3, 4].map((r) => issues.peek(r, 4)?.value)).toEqual([
      "未启动",
      "某某县院",
      "2021年13月5日",
    ]);

    const flags = await ops.applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" });
    expect(flags.flagged).toEqual([PROBLEM_SHEET]);
    expect((await ops.listSheets()).bound.map((b) => [b.sheet, b.scheme])).toEqual([
      [PROBLEM_SHEET, "flags"],
      [REGISTRY_SHEET, undefined],
    ]);
    // Its deadlines are text: 状态判定, the deadlines as dates, then the flags.
    expect([10, 11, 12].map((c) => problem.peek(2, c)?.value)).toEqual([
      "【台账助手】状态判定",
      "【台账助手】完成时限（日期）",
      "【台账助手】挂图作战",
    ]);
    expect(problem.peek(3, 12)?.formula).toMatch(/^=IF\(/);

    const summary = await ops.summarize({
      asOf: "2021-06-30",
      scheme: "flags",
      dueSoonDays: 7,
      slips: true,
    });
    expect(summary.sheets).toEqual(["台账汇总", "工作提示单"]);
    expect(fx.workbook.findSheet("台账汇总")?.peek(0, 0)?.value).toBe(
      "台账工作汇总（截至2021年6月30日）",
    );
    expect(summary.figures.narrative).toMatch(/^截至2021年6月30日，/);
    expect(fx.workbook.findSheet("台账汇总")?.peek(1, 0)?.value).toBe(summary.figures.narrative);
    expect(summary.figures.headline).toContainEqual({ label: "推进措施", value: "4" });
    expect(summary.figures.headline).toContainEqual({ label: "完成率", value: "25.00%" });

    // A second run replaces what the add-in owns and nothing else.
    await ops.summarize({ asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true });
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual([
      PROBLEM_SHEET,
      REGISTRY_SHEET,
      "台账问题清单",
      "台账汇总",
      "工作提示单",
    ]);
    expect(userCells(fx)).toEqual(before);
  });

  it("costs the requests the spec allows per pane action, events off with no request of their own", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.bind(REGISTRY_SHEET, { kind: "office" });
    const count = async (action: () => Promise<unknown>) => {
      fx.requests.reset();
      await action();
      return fx.requests.count;
    };
    const flagsChoice = { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" } as const;
    const summaryChoice = { ...flagsChoice, slips: true };
    // 标识 on the one problem ledger: one request to find the bound ledgers, then read, write and
    // Excel.run's close; again, one more to see what a person typed in its own column.
    expect(await count(() => ops.applyFlags(flagsChoice))).toBeLessThanOrEqual(1 + 3);
    expect(await count(() => ops.applyFlags(flagsChoice))).toBeLessThanOrEqual(1 + 4);
    // 生成汇总 finds the bound ledgers in its own read: read, write, close; again, one more to
    // see what the earlier output holds now.
    expect(await count(() => ops.summarize(summaryChoice))).toBeLessThanOrEqual(3);
    expect(await count(() => ops.summarize(summaryChoice))).toBeLessThanOrEqual(4);
    expect(await count(() => ops.writeIssueReport([]))).toBeLessThanOrEqual(4);
    expect(await count(() => ops.insertTemplate("funding"))).toBeLessThanOrEqual(3);
    // Events are back on after every write: a user's edit is seen again.
    const updates: RowsRechecked[] = [];
    const stop = await ops.watchEdits((u) => updates.push(u));
    fx.userEdit(PROBLEM_SHEET, "H8", [["已完成"]]);
    await waitFor(() => updates.length > 0);
    await stop();
  });

  it("finds the ledgers again when the sheets changed since the pane last looked", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.listSheets();
    // The user renames the bound ledger: the pane's last list is stale.
    fx.workbook.findSheet(PROBLEM_SHEET)!.name = "整改台账2021";
    fx.requests.reset();
    const summary = await ops.summarize({
      asOf: "2021-06-30",
      scheme: "flags",
      dueSoonDays: 7,
      slips: false,
    });
    expect(summary.figures.headline).toContainEqual({ label: "推进措施", value: "4" });
    // The guessed read is refused (no such sheet), then survey, then the ledgers: two more reads.
    expect(fx.requests.count).toBeLessThanOrEqual(6);
    // A pane that has not listed the sheets yet: survey, then the ledgers — one more read.
    const fresh = await setUp();
    await fresh.ops.bind(PROBLEM_SHEET, { kind: "problem" });
    fresh.fx.requests.reset();
    const cold = excelOperations(fresh.fx);
    const coldSummary = await cold.summarize({
      asOf: "2021-06-30",
      scheme: "flags",
      dueSoonDays: 7,
      slips: false,
    });
    expect(coldSummary.figures.headline).toContainEqual({ label: "推进措施", value: "4" });
    expect(fresh.fx.requests.count).toBeLessThanOrEqual(5);
  });

  it("adds the date column for text deadlines unless the user turns it off, then says so", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    const outcome = await ops.applyFlags({
      scheme: "lights",
      dueSoonDays: 7,
      asOf: "2021-06-30",
      normaliseDeadlines: false,
    });
    const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
    expect([10, 11, 12].map((c) => problem.peek(2, c)?.value ?? null)).toEqual([
      "【台账助手】状态判定",
      "【台账助手】督办亮灯",
      null,
    ]);
    expect(JSON.stringify(outcome)).toContain("时限无法识别");
  });

  it("uses the active sheet when nothing is bound", async () => {
    const { ops } = await setUp({ ...messyWorkbook, active: 1 });
    const v = await ops.validate();
    expect(v.ledgers).toEqual([
      { sheet: REGISTRY_SHEET, kind: "office", rows: 2, errors: 0, bound: false },
    ]);
  });

  it("re-checks the rows a user edits in a bound ledger while watching", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    const updates: RowsRechecked[] = [];
    const stop = await ops.watchEdits((u) => updates.push(u));
    fx.userEdit(PROBLEM_SHEET, "G8", [["2021年12月5日"]]);
    await waitFor(() => updates.length > 0);
    expect(updates[0]?.sheet).toBe(PROBLEM_SHEET);
    // The whole ledger was checked again (its list is complete), so the update covers every row.
    expect(updates[0]?.rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The bad date is fixed; what is left in row 8 is read again (the registry is not re-checked).
    expect(updates[0]?.issues.filter((i) => i.type === "type-error")).toEqual([]);
    fx.userEdit(PROBLEM_SHEET, "G7", [["2021年99月"]]);
    await waitFor(() => updates.length > 1);
    expect(updates[1]?.issues.map((i) => [i.position, i.type])).toContainEqual([
      "G7",
      "type-error",
    ]);
    await stop();
    fx.userEdit(PROBLEM_SHEET, "G7", [["2021年13月"]]);
    await new Promise((r) => setTimeout(r, 50));
    expect(updates).toHaveLength(2);
  });

  it("re-checks keys across the whole ledger: a repeat made by an edit, and one an edit ends", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(REGISTRY_SHEET, { kind: "office" });
    let validation = await ops.validate();
    expect(validation.issues.filter((i) => i.sheet === REGISTRY_SHEET)).toEqual([]);
    const updates: RowsRechecked[] = [];
    const stop = await ops.watchEdits((u) => {
      updates.push(u);
      validation = applyRecheck(validation, u);
    });
    const keyIssues = () =>
      validation.issues
        .filter((i) => i.sheet === REGISTRY_SHEET && i.type === "primary-key")
        .map((i) => i.rowNumber);
    // Row 3 now names the office row 2 names: the repeat is reported at row 3.
    fx.userEdit(REGISTRY_SHEET, "A3", [["阿坝县人民检察院"]]);
    await waitFor(() => updates.length > 0);
    expect(keyIssues()).toEqual([3]);
    // Row 2 is renamed: the repeat at row 3, which the user did not touch, is gone.
    fx.requests.reset();
    fx.userEdit(REGISTRY_SHEET, "A2", [["红原县人民检察院"]]);
    await waitFor(() => updates.length > 1);
    expect(keyIssues()).toEqual([]);
    // One read of the ledger, and Excel.run's closing request.
    expect(fx.requests.count).toBeLessThanOrEqual(2);
    expect(validation.counts["primary-key"]).toBeUndefined();
    await stop();
  });

  it("keeps the registry check for re-checked rows and ignores the add-in's own writes", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.bind(REGISTRY_SHEET, { kind: "office" });
    await ops.validate();
    const updates: RowsRechecked[] = [];
    const stop = await ops.watchEdits((u) => updates.push(u));
    await ops.applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" });
    await ops.summarize({ asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(updates).toEqual([]);
    fx.userEdit(PROBLEM_SHEET, "H8", [["已完成"]]);
    await waitFor(() => updates.length > 0);
    expect(updates[0]?.issues.map((i) => [i.position, i.type])).toContainEqual([
      "B8",
      "foreign-key",
    ]);
    await stop();
  });

  it("refuses a protected ledger with the Chinese message and leaves it unchanged", async () => {
    const protectedSeed = {
      ...messyWorkbook,
      sheets: messyWorkbook.sheets!.map((s) =>
        s.name === PROBLEM_SHEET ? { ...s, protected: true } : s,
      ),
    };
    const { fx, ops } = await setUp(protectedSeed);
    const before = fx.snapshot();
    const failure = await ops
      .applyFlags({ scheme: "lights", dueSoonDays: 7, asOf: "2021-06-30" })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TaizhangError);
    expect((failure as TaizhangError).zh).toContain("受保护");
    expect(fx.snapshot()).toEqual(before);
  });

  it("inserts any of the ten templates as a new sheet", async () => {
    const { fx, ops } = await setUp();
    const outcome = await ops.insertTemplate("funding");
    expect(outcome.sheets).toHaveLength(1);
    const sheet = fx.workbook.findSheet(outcome.sheets[0]!);
    expect(sheet).toBeDefined();
    expect(fx.workbook.activeSheet().name).toBe(outcome.sheets[0]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
