// Re-checks while the pane watches a bound ledger, against what real Excel sends and does:
// whole-row and whole-column change addresses ("7:8", "C:C") from a person inserting, deleting
// or pasting rows (test/fakeExcel/host/events.ts), and answers that arrive late (the fake's
// setLatency), so two re-checks at once could land out of order.
import { describe, expect, it } from "vitest";
import { applyRecheck, type RowsRechecked, type Validation } from "../../src/app/validation";
import { createFakeExcel } from "../fakeExcel";
import { excelOperations } from "./_lib/excelOperations";
import { messyWorkbook, PROBLEM_SHEET } from "./_lib/messyLedger";

async function watched() {
  const fx = await createFakeExcel({ workbook: messyWorkbook });
  const ops = excelOperations(fx, { editDelayMs: 5 });
  await ops.bind(PROBLEM_SHEET, { kind: "problem" });
  let validation: Validation = await ops.validate();
  const updates: RowsRechecked[] = [];
  const stop = await ops.watchEdits((u) => {
    updates.push(u);
    validation = applyRecheck(validation, u);
  });
  return { fx, ops, updates, stop, shown: () => validation };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await wait(10);
  }
}

const typeErrors = (v: Validation) =>
  v.issues
    .filter((i) => i.sheet === PROBLEM_SHEET && i.type === "type-error")
    .map((i) => i.position);

describe("re-checks while watching a bound ledger", () => {
  it("re-checks after a person deletes whole rows, dropping what the gone rows had", async () => {
    const { fx, ops, updates, stop, shown } = await watched();
    expect(typeErrors(shown())).toContain("G8");
    // P2 and P3 go; the 合计 row moves up from 9 to 7 and the sheet ends there.
    fx.userDelete(PROBLEM_SHEET, "7:8");
    await waitFor(() => updates.length > 0);
    await stop();
    expect(typeErrors(shown())).not.toContain("G8");
    // What the pane shows is what a full 校验 of the sheet as it is now says.
    const fresh = await ops.validate();
    expect(shown().issues).toEqual(fresh.issues);
    expect(shown().counts).toEqual(fresh.counts);
  });

  it("re-checks after a person pastes over whole rows", async () => {
    const { fx, updates, stop, shown } = await watched();
    const row = ["P3", "某某县院", "信息化落后", "升级检察内网", "技术科", "赵六", "2021年12月5日"];
    fx.userPaste(PROBLEM_SHEET, "8:8", [[...row, "正在推进", null, null]]);
    await waitFor(() => updates.length > 0);
    await stop();
    expect(typeErrors(shown())).not.toContain("G8");
  });

  it("never lets an older re-check replace a newer one, and runs one more for edits meanwhile", async () => {
    const { fx, updates, stop, shown } = await watched();
    // The first re-check's read is answered late; edits keep arriving meanwhile.
    fx.setLatency(({ index }) => (index === 0 ? 200 : 0));
    fx.userEdit(PROBLEM_SHEET, "G8", [["2021年99月"]]);
    await wait(40);
    fx.userEdit(PROBLEM_SHEET, "G7", [["2021年88月"]]);
    await wait(40);
    fx.userEdit(PROBLEM_SHEET, "G7", [["2021-04-30"]]);
    await wait(40);
    fx.userEdit(PROBLEM_SHEET, "G8", [["2021年12月5日"]]);
    await waitFor(() => updates.length >= 2);
    await wait(300);
    await stop();
    // The list is that of the sheet as the user left it: both dates are good.
    expect(typeErrors(shown())).not.toContain("G8");
    expect(typeErrors(shown())).not.toContain("G7");
    // The slow one, then exactly one for the three edits made while it ran.
    expect(updates).toHaveLength(2);
  });
});
