// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { renderInPane } from "../../../test/taskpane/_lib/renderInPane";
import { strings } from "../i18n";
import type { LedgerOperations, WorkbookOverview } from "../../app/operations";
import { applyRecheck, type Issue, type Validation } from "../../app/validation";
import type { WorkbookView } from "../components/workbook";
import { ValidatePanel } from "./ValidatePanel";

afterEach(cleanup);

const issue = (over: Partial<Issue>): Issue => ({
  sheet: "问题整改台账",
  type: "type-error",
  rowNumber: 8,
  fieldNumber: 7,
  position: "G8",
  field: "整改时限",
  cell: "2021年13月5日",
  where: { zh: "第8行“整改时限”", en: "Row 8, “整改时限”" },
  message: {
    zh: "“2021年13月5日”无法识别为日期，请填写如 2021年3月31日。",
    en: "“2021年13月5日” is not a date; type e.g. 2021-03-31.",
  },
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
      where: { zh: "第8行“院名称”", en: "Row 8, “院名称”" },
      message: { zh: "“某某县院”不在薄弱院名册中，请核对名称。", en: "not in the registry" },
    }),
    issue({}),
  ],
  counts: { "type-error": 1, "foreign-key": 1 },
  truncated: false,
};

const UNBOUND: WorkbookOverview = {
  sheets: ["说明", "问题整改台账"],
  active: "说明",
  bound: [],
};

/** The panel with its list state held as App holds it, so re-checks can be played in. */
function Harness(props: {
  workbook: WorkbookView;
  ops: LedgerOperations;
  lang?: "zh" | "en";
  onReady?(set: (v: Validation | null) => void): void;
}) {
  const [validation, setValidation] = useState<Validation | null>(null);
  props.onReady?.(setValidation);
  const lang = props.lang ?? "zh";
  return (
    <ValidatePanel
      ops={props.ops}
      text={strings[lang]}
      lang={lang}
      workbook={props.workbook}
      validation={validation}
      onValidated={setValidation}
    />
  );
}

describe("校验 panel", () => {
  it("says which sheet it will check, and checks the one chosen in 台账识别", async () => {
    const { ops, calls } = fakeOperations({
      listSheets: async () => UNBOUND,
      validate: async () => ({ ...VALIDATION, issues: [], counts: {} }),
    });
    renderInPane(ops, (workbook) => <Harness workbook={workbook} ops={ops} />);
    await screen.findByText("将使用工作表“说明”（尚未登记，可在“台账识别”中更换）。");
    fireEvent.click(screen.getByRole("button", { name: "校验台账" }));
    // No problems: said as a success, with what was checked.
    const clean = await screen.findByText("未发现问题（已校验2张表、6行数据）。");
    expect(clean.closest("[data-intent]")?.getAttribute("data-intent")).toBe("success");
    expect(calls.find((c) => c.name === "validate")?.args[0]).toEqual({ sheet: "说明" });
  });

  it("reports problems as a warning, each said once in clerk words; a click selects the cell", async () => {
    const { ops, calls } = fakeOperations({
      listSheets: async () => ({ ...UNBOUND, bound: [] }),
      validate: async () => VALIDATION,
      selectCell: async () => undefined,
      writeIssueReport: async () => ({ sheets: ["台账问题清单"], notes: [] }),
    });
    renderInPane(ops, (workbook) => <Harness workbook={workbook} ops={ops} />);
    fireEvent.click(await screen.findByRole("button", { name: "校验台账" }));
    const summary = await screen.findByText("发现2个问题（已校验2张表、6行数据）。");
    // The summary line carries the intent: a warning, not a green tick.
    expect(summary.closest("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
    const counts = screen.getByRole("region", { name: "问题分类" });
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["格式错误：1个", "引用不存在：1个"]);
    const list = screen.getByRole("region", { name: "问题列表（点击定位到单元格）" });
    const items = within(list).getAllByRole("button");
    // Two ledgers were checked: each issue names its sheet.
    expect(items.map((b) => b.textContent)).toEqual([
      "问题整改台账 · 第8行“院名称”：“某某县院”不在薄弱院名册中，请核对名称。",
      "问题整改台账 · 第8行“整改时限”：“2021年13月5日”无法识别为日期，请填写如 2021年3月31日。",
    ]);
    fireEvent.click(items[0]!);
    fireEvent.click(screen.getByRole("button", { name: "生成问题清单" }));
    await screen.findByText("已生成问题清单“台账问题清单”。");
    expect(
      calls.filter((c) => c.name !== "listSheets").map((c) => [c.name, ...c.args.slice(0, 3)]),
    ).toEqual([
      ["validate", { sheet: "说明" }, expect.anything()],
      ["selectCell", "问题整改台账", 8, 2],
      ["writeIssueReport", VALIDATION.issues, expect.anything()],
    ]);
  });

  it("speaks English without full-width colons or “1 sheets”", async () => {
    const one: Validation = { ...VALIDATION, ledgers: [VALIDATION.ledgers[0]!] };
    const { ops } = fakeOperations({ listSheets: async () => UNBOUND, validate: async () => one });
    renderInPane(ops, (workbook) => <Harness workbook={workbook} ops={ops} lang="en" />);
    fireEvent.click(await screen.findByRole("button", { name: "Check ledgers" }));
    await screen.findByText("2 problems found (1 sheet, 4 rows checked).");
    const list = screen.getByRole("region", { name: "Problems (click to go to the cell)" });
    expect(within(list).getAllByRole("button")[1]?.textContent).toBe(
      "Row 8, “整改时限”: “2021年13月5日” is not a date; type e.g. 2021-03-31.",
    );
    expect(document.body.textContent).not.toMatch(/[：；]/);
  });

  it("updates the list when edited rows are re-checked", async () => {
    const { ops } = fakeOperations({
      listSheets: async () => UNBOUND,
      validate: async () => VALIDATION,
    });
    let set: ((v: Validation | null) => void) | undefined;
    renderInPane(ops, (workbook) => (
      <Harness workbook={workbook} ops={ops} onReady={(s) => (set = s)} />
    ));
    fireEvent.click(await screen.findByRole("button", { name: "校验台账" }));
    await screen.findByText(/发现2个问题/);
    // The user fixed G8; B8 is still wrong.
    set!(
      applyRecheck(VALIDATION, {
        sheet: "问题整改台账",
        rows: [8],
        issues: [VALIDATION.issues[0]!],
      }),
    );
    await screen.findByText("发现1个问题（已校验2张表、6行数据）。");
    expect(screen.queryByText(/2021年13月5日/)).toBeNull();
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
