// The workflows a clerk can trust, against Microsoft's Excel library and the fake workbook: the
// sheet chosen in 台账识别 is the one used, empty results are refusals that write nothing,
// columns can be corrected by hand, a ledger can be unregistered and its flags removed, one
// as-of date is kept with the workbook, and long work reports its stages and can be cancelled.
import { describe, expect, it } from "vitest";
import { parseBindings, SETTINGS_KEY } from "../../src/app/bindings";
import type { Progress } from "../../src/app/progress";
import { TaizhangError } from "../../src/core/errors";
import { createFakeExcel } from "../fakeExcel";
import { excelOperations } from "./_lib/excelOperations";
import { messyWorkbook, PROBLEM_SHEET, REGISTRY_SHEET } from "./_lib/messyLedger";

const SUMMARY = { asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true } as const;

async function setUp(seed = messyWorkbook) {
  const fx = await createFakeExcel({ workbook: seed });
  return { fx, ops: excelOperations(fx) };
}

async function refusal(promise: Promise<unknown>): Promise<TaizhangError> {
  const failure = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(TaizhangError);
  return failure as TaizhangError;
}

const withSheets = (...extra: { name: string; cells?: unknown[][] }[]) => ({
  ...messyWorkbook,
  sheets: [...messyWorkbook.sheets!, ...extra] as typeof messyWorkbook.sheets,
});

describe("the sheet a workflow uses", () => {
  it("is the one chosen in 台账识别 when nothing is registered, whatever tab Excel shows", async () => {
    // Excel shows the registry; the pane chose the problem ledger.
    const { fx, ops } = await setUp({ ...messyWorkbook, active: 1 });
    const v = await ops.validate({ sheet: PROBLEM_SHEET });
    expect(v.ledgers.map((l) => [l.sheet, l.bound])).toEqual([[PROBLEM_SHEET, false]]);
    // A chosen sheet that is gone falls back to the active one.
    const fallback = await ops.validate({ sheet: "已删除的表" });
    expect(fallback.ledgers.map((l) => l.sheet)).toEqual([REGISTRY_SHEET]);
    const chosen = await ops.summarize({ ...SUMMARY, sheet: PROBLEM_SHEET, slips: false });
    expect(chosen.figures.headline).toContainEqual({ label: "推进措施", value: "4" });
    expect(fx.workbook.findSheet("台账汇总")).toBeDefined();
  });

  it("is every registered ledger once any is registered", async () => {
    const { ops } = await setUp();
    await ops.bind(PROBLEM_SHEET);
    const v = await ops.validate({ sheet: REGISTRY_SHEET });
    expect(v.ledgers.map((l) => l.sheet)).toEqual([PROBLEM_SHEET]);
  });
});

describe("empty results are refusals that write nothing", () => {
  it.each([
    ["an empty sheet", { name: "Sheet2" }],
    [
      "a sheet that is no ledger",
      { name: "填表说明", cells: [["填表说明"], ["1. 每月5日前报送。"]] },
    ],
    [
      "a header with no rows",
      {
        name: "空台账",
        cells: [["问题编号", "院名称", "问题描述", "整改措施", "完成时限", "进展状态"]],
      },
    ],
  ])("%s: not registered, not validated, not summarised", async (_, sheet) => {
    const { fx, ops } = await setUp(withSheets(sheet));
    const before = fx.snapshot();
    for (const attempt of [
      ops.bind(sheet.name),
      ops.validate({ sheet: sheet.name }),
      ops.summarize({ ...SUMMARY, sheet: sheet.name }),
      ops.applyFlags({ ...SUMMARY, sheet: sheet.name }),
    ]) {
      const failure = await refusal(attempt);
      expect(failure.key).toBe("noLedgerData");
      expect(failure.zh).toMatch(/^未找到台账数据/);
      expect(failure.zh).toContain(`“${sheet.name}”`);
    }
    expect(fx.snapshot()).toEqual(before);
  });

  it("recognises a sheet that is no ledger as such, never as a kind called table", async () => {
    const { ops } = await setUp(
      withSheets({ name: "填表说明", cells: [["填表说明"], ["说明一"]] }),
    );
    const r = await ops.recognise("填表说明");
    expect([r.isLedger, r.kindTitle, r.kindConfidence, r.columns]).toEqual([false, "", 0, []]);
  });
});

describe("correcting what was recognised", () => {
  it("takes a column out of the ledger by hand, saves it, and every later read honours it", async () => {
    const { fx, ops } = await setUp();
    const detected = await ops.recognise(PROBLEM_SHEET);
    const g = detected.columns.find((c) => c.letter === "G")!;
    expect([g.label, g.field, g.chosen]).toEqual(["整改时限", "deadline", false]);
    const choice = { kind: "problem", columns: [{ column: 6, label: "整改时限", field: null }] };
    const corrected = await ops.recognise(PROBLEM_SHEET, choice);
    expect(corrected.columns.find((c) => c.letter === "G")).toBeUndefined();
    expect(corrected.unmapped.map((u) => u.letter)).toEqual(["G", "J"]);
    expect(corrected.userColumns).toEqual(choice.columns);
    // Registering does not change the figure the user saw.
    const saved = await ops.bind(PROBLEM_SHEET, choice);
    expect(saved.kindConfidence).toBe(corrected.kindConfidence);
    const stored = parseBindings(fx.workbook.settings.get(SETTINGS_KEY));
    expect(stored.ledgers[0]?.columns).toEqual(choice.columns);
    // 校验 reads the ledger as registered: 整改时限 is no longer read as dates.
    const v = await ops.validate();
    expect(v.issues.some((i) => i.position === "G8")).toBe(false);
  });

  it("moves a field to the column the user points at", async () => {
    const { ops } = await setUp();
    const choice = {
      kind: "problem",
      columns: [{ column: 9, label: "联系电话", field: "responsiblePerson" }],
    };
    const r = await ops.recognise(PROBLEM_SHEET, choice);
    const person = r.columns.find((c) => c.field === "responsiblePerson")!;
    expect([person.letter, person.label, person.chosen, person.confidence]).toEqual([
      "J",
      "联系电话",
      true,
      1,
    ]);
    expect(r.unmapped.map((u) => u.label)).toEqual(["责任人"]);
    expect(r.fields.map((f) => f.name)).toContain("responsiblePerson");
  });

  it("keeps the figure of a forced kind through registering", async () => {
    const { ops } = await setUp();
    const forced = await ops.recognise(PROBLEM_SHEET, { kind: "measure" });
    const saved = await ops.bind(PROBLEM_SHEET, { kind: "measure" });
    expect(saved.kindConfidence).toBe(forced.kindConfidence);
    expect(saved.kindConfidence).toBeLessThan(1);
  });
});

describe("undoing what the add-in did", () => {
  it("removes the flags of registered ledgers, then unregisters one", async () => {
    const { fx, ops } = await setUp();
    await ops.bind(PROBLEM_SHEET);
    await ops.bind(REGISTRY_SHEET);
    await ops.applyFlags({ ...SUMMARY });
    const problem = fx.workbook.findSheet(PROBLEM_SHEET)!;
    const owned = [10, 11, 12].filter((c) =>
      String(problem.peek(2, c)?.value).startsWith("【台账助手】"),
    );
    expect(owned.map((c) => problem.peek(2, c)?.value)).toContain("【台账助手】挂图作战");
    expect((await ops.listSheets()).bound.map((b) => [b.sheet, b.flagged])).toEqual([
      [PROBLEM_SHEET, true],
      [REGISTRY_SHEET, false],
    ]);
    expect(await ops.removeFlags()).toEqual({ sheets: [PROBLEM_SHEET] });
    for (const c of owned) expect(problem.peek(2, c)?.value || null).toBeNull();
    expect((await ops.listSheets()).bound.map((b) => [b.sheet, b.flagged, b.scheme])).toEqual([
      [PROBLEM_SHEET, false, undefined],
      [REGISTRY_SHEET, false, undefined],
    ]);

    await ops.applyFlags({ ...SUMMARY });
    expect(await ops.unbind(PROBLEM_SHEET)).toEqual({ clearedColumns: owned.length });
    for (const c of owned) expect(problem.peek(2, c)?.value || null).toBeNull();
    expect((await ops.listSheets()).bound.map((b) => b.sheet)).toEqual([REGISTRY_SHEET]);
  });
});

describe("one as-of date for the workbook", () => {
  it("is stored with the workbook and can be cleared", async () => {
    const { fx, ops } = await setUp();
    expect((await ops.listSheets()).asOf).toBeUndefined();
    await ops.setAsOf("2021-06-30");
    expect((await ops.listSheets()).asOf).toBe("2021-06-30");
    expect(parseBindings(fx.workbook.settings.get(SETTINGS_KEY)).asOf).toBe("2021-06-30");
    // Another pane on the same workbook (the ribbon, a colleague) sees it.
    expect((await excelOperations(fx).listSheets()).asOf).toBe("2021-06-30");
    await ops.setAsOf(null);
    expect((await ops.listSheets()).asOf).toBeUndefined();
  });
});

describe("long work", () => {
  it("reports its stages with row counts", async () => {
    const { ops } = await setUp();
    const seen: Progress[] = [];
    await ops.summarize({ ...SUMMARY, sheet: PROBLEM_SHEET }, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.stage)).toEqual(
      expect.arrayContaining(["read", "summarise", "write"]),
    );
    expect(seen.find((p) => p.stage === "read")).toMatchObject({ sheet: PROBLEM_SHEET, total: 9 });
    expect([...seen].reverse().find((p) => p.stage === "read")).toMatchObject({
      done: 9,
      total: 9,
    });
  });

  it("stops when cancelled, at any stage before writing, and writes nothing", async () => {
    for (const stage of ["read", "summarise"] as const) {
      const { fx, ops } = await setUp();
      const before = fx.snapshot();
      const controller = new AbortController();
      const failure = await refusal(
        ops.summarize(
          { ...SUMMARY, sheet: PROBLEM_SHEET },
          {
            signal: controller.signal,
            onProgress: (p) => {
              if (p.stage === stage) controller.abort();
            },
          },
        ),
      );
      expect([stage, failure.key]).toEqual([stage, "cancelled"]);
      expect(failure.zh).toBe("已取消，工作簿未做任何更改。");
      expect(fx.snapshot()).toEqual(before);
    }
    const { ops } = await setUp();
    const controller = new AbortController();
    controller.abort();
    expect((await refusal(ops.validate({}, { signal: controller.signal }))).key).toBe("cancelled");
  });
});
