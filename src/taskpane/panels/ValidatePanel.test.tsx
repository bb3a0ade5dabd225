// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { strings } from "../i18n";
import { taizhangTheme } from "../theme";
import type { LedgerOperations } from "../../app/operations";
import { applyRecheck, type Issue, type Validation } from "../../app/validation";
import { ValidatePanel } from "./ValidatePanel";

afterEach(cleanup);

const issue = (over: Partial<Issue>): Issue => ({
  sheet: "问题整改台账",
  type: "type-error",
  rowNumber: 8,
  fieldNumber: 7,
  position: "G8",
  field: "完成时限",
  cell: "2021年13月5日",
  message: { zh: "G8“完成时限”无法识别为日期", en: "G8 is not a date" },
  ...over,
});

const VALIDATION: Validation = {
  ledgers: [
    { sheet: "问题整改台账", kind: "problem", rows: 4, errors: 2, bound: true },
    { sheet: "薄弱院名册", kind: "office", rows: 2, errors: 0, bound: true },
  ],
  issues: [
    issue({
      type: "foreign-key",
      fieldNumber: 2,
      position: "B8",
      field: "院名称",
      cell: "某某县院",
      message: { zh: "B8“院名称”的值“某某县院”在薄弱院名册中不存在", en: "not in office" },
    }),
    issue({}),
  ],
  counts: { "type-error": 1, "foreign-key": 1 },
  truncated: false,
};

/** The panel with its list state held as App holds it, so re-checks can be played in. */
function Harness({
  ops,
  onReady,
}: {
  ops: LedgerOperations;
  onReady(set: (v: Validation | null) => void): void;
}) {
  const [validation, setValidation] = useState<Validation | null>(null);
  onReady(setValidation);
  return (
    <FluentProvider theme={taizhangTheme}>
      <ValidatePanel
        ops={ops}
        text={strings.zh}
        lang="zh"
        validation={validation}
        onValidated={setValidation}
      />
    </FluentProvider>
  );
}

describe("校验 panel", () => {
  it("validates, shows counts by type and the list; a click selects the cell; the issue sheet is written", async () => {
    const { ops, calls } = fakeOperations({
      validate: async () => VALIDATION,
      selectCell: async () => undefined,
      writeIssueReport: async () => ({ sheets: ["台账问题清单"], notes: [] }),
    });
    render(<Harness ops={ops} onReady={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: "校验台账" }));
    await screen.findByText("校验完成。");
    expect(screen.getByText("已校验 2 张表、6 行数据，发现 2 个问题。")).toBeTruthy();
    const counts = screen.getByRole("region", { name: "问题分类" });
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["格式错误：1", "引用不存在：1"]);
    const list = screen.getByRole("region", { name: "问题列表（点击定位到单元格）" });
    const items = within(list).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual([
      "问题整改台账!B8 院名称 “某某县院” B8“院名称”的值“某某县院”在薄弱院名册中不存在",
      "问题整改台账!G8 完成时限 “2021年13月5日” G8“完成时限”无法识别为日期",
    ]);
    fireEvent.click(items[0]!);
    await screen.findByRole("button", { name: "生成问题清单" });
    fireEvent.click(screen.getByRole("button", { name: "生成问题清单" }));
    await screen.findByText("已生成问题清单“台账问题清单”。");
    expect(calls.map((c) => [c.name, ...c.args.slice(0, 3)])).toEqual([
      ["validate"],
      ["selectCell", "问题整改台账", 8, 2],
      ["writeIssueReport", VALIDATION.issues],
    ]);
  });

  it("updates the list when edited rows are re-checked", async () => {
    const { ops } = fakeOperations({ validate: async () => VALIDATION });
    let set: ((v: Validation | null) => void) | undefined;
    render(<Harness ops={ops} onReady={(s) => (set = s)} />);
    fireEvent.click(screen.getByRole("button", { name: "校验台账" }));
    await screen.findByText(/发现 2 个问题/);
    // The user fixed G8; B8 is still wrong.
    const rechecked = applyRecheck(VALIDATION, {
      sheet: "问题整改台账",
      rows: [8],
      issues: [VALIDATION.issues[0]!],
    });
    set!(rechecked);
    await screen.findByText("已校验 2 张表、6 行数据，发现 1 个问题。");
    expect(screen.queryByText(/2021年13月5日/)).toBeNull();
    expect(screen.getByText(/某某县院”在薄弱院名册中不存在/)).toBeTruthy();
  });
});

describe("applyRecheck", () => {
  it("replaces the edited rows' issues and adjusts the counts", () => {
    const next = applyRecheck(VALIDATION, {
      sheet: "问题整改台账",
      rows: [8, 9],
      issues: [issue({ rowNumber: 9, position: "G9", type: "constraint-error" })],
    });
    expect(next.issues.map((i) => [i.position, i.type])).toEqual([["G9", "constraint-error"]]);
    expect(next.counts).toEqual({ "constraint-error": 1 });
    expect(next.ledgers[0]?.errors).toBe(1);
    expect(next.ledgers[1]?.errors).toBe(0);
  });

  it("leaves other sheets and other rows alone", () => {
    const next = applyRecheck(VALIDATION, { sheet: "薄弱院名册", rows: [8], issues: [] });
    expect(next.issues).toEqual(VALIDATION.issues);
    expect(next.counts).toEqual(VALIDATION.counts);
  });
});
