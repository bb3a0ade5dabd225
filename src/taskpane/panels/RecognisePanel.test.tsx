// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { renderInPane } from "../../../test/taskpane/_lib/renderInPane";
import { TaizhangError } from "../../core/errors";
import { strings } from "../i18n";
import type { Recognition } from "../../app/recognition";
import type { UserColumn } from "../../core/read";
import { RecognisePanel } from "./RecognisePanel";

afterEach(cleanup);

const FIELDS = [
  { name: "problem", title: "问题描述", required: true },
  { name: "deadline", title: "完成时限", required: false },
  { name: "responsiblePerson", title: "责任人", required: false },
];

/** The messy ledger as recognised, with any columns the user assigned laid over it. */
function recognition(kind: string, confidence: number, user: UserColumn[] = []): Recognition {
  const deadlineAt = user.find((c) => c.field === "deadline")?.column ?? 6;
  const columns = [
    {
      column: 2,
      letter: "C",
      label: "存在问题",
      field: "problem",
      fieldTitle: "问题描述",
      confidence: 0.9,
      chosen: false,
    },
    {
      column: deadlineAt,
      letter: deadlineAt === 6 ? "G" : "J",
      label: deadlineAt === 6 ? "整改时限" : "联系电话",
      field: "deadline",
      fieldTitle: "完成时限",
      confidence: deadlineAt === 6 ? 0.9 : 1,
      chosen: deadlineAt !== 6,
    },
  ];
  return {
    sheet: "问题整改台账",
    kind,
    kindTitle: kind === "measure" ? "帮扶措施台账" : "问题整改台账",
    isLedger: true,
    kindConfidence: confidence,
    headerRows: [3],
    dataRows: 4,
    columns,
    unmapped:
      deadlineAt === 6
        ? [{ column: 9, letter: "J", label: "联系电话" }]
        : [{ column: 6, letter: "G", label: "整改时限" }],
    fields: FIELDS,
    missingFields: [],
    userColumns: user,
    binding: { headerRow: 2, mapping: { problem: 2, deadline: deadlineAt } },
  };
}

function renderPanel(given: Parameters<typeof fakeOperations>[0], bound = 0) {
  const fake = fakeOperations({
    listSheets: async () => ({
      sheets: ["说明", "问题整改台账"],
      active: "问题整改台账",
      bound:
        bound > 0
          ? [{ sheet: "问题整改台账", kind: "problem", kindTitle: "问题整改台账", flagged: true }]
          : [],
    }),
    ...given,
  });
  let changed = 0;
  renderInPane(fake.ops, (workbook) => (
    <RecognisePanel
      ops={fake.ops}
      text={strings.zh}
      lang="zh"
      workbook={workbook}
      onBound={() => void changed++}
      onTemplates={() => undefined}
    />
  ));
  return { ...fake, changed: () => changed };
}

describe("台账识别 panel", () => {
  it("says what to do first, then recognises the active sheet: kind, certainty, every column", async () => {
    const { calls } = renderPanel({ recognise: async () => recognition("problem", 0.69) });
    const first = await screen.findByRole("region", { name: "三步开始" });
    expect(within(first).getAllByRole("listitem")).toHaveLength(3);
    expect((screen.getByLabelText("工作表") as HTMLSelectElement).value).toBe("问题整改台账");
    fireEvent.click(screen.getByRole("button", { name: "识别" }));
    await screen.findByText("识别为“问题整改台账”");
    expect(screen.getByTestId("certainty").textContent).toBe("识别把握：中（69%）");
    expect(screen.getByText("表头在第3行，数据4行。")).toBeTruthy();
    // Every column is listed with its field, the unmapped one as “（不对应）”.
    const g = screen.getByLabelText("G 整改时限") as HTMLSelectElement;
    expect(g.value).toBe("deadline");
    expect((screen.getByLabelText("J 联系电话") as HTMLSelectElement).value).toBe("");
    expect(screen.queryByRole("region", { name: "三步开始" })).toBeNull();
    expect(calls.map((c) => [c.name, ...c.args.slice(0, 2)])).toEqual([
      ["listSheets"],
      ["recognise", "问题整改台账", { columns: [] }],
    ]);
  });

  it("lets the user point a field at another column, then registers it as corrected", async () => {
    const { calls, changed } = renderPanel({
      recognise: async (_sheet, choice) =>
        recognition("problem", 0.69, [...(choice?.columns ?? [])]),
      bind: async (_sheet, choice) => recognition("problem", 0.69, [...(choice?.columns ?? [])]),
    });
    fireEvent.click(await screen.findByRole("button", { name: "识别" }));
    await screen.findByText("识别为“问题整改台账”");
    fireEvent.change(screen.getByLabelText("J 联系电话"), { target: { value: "deadline" } });
    await waitFor(() =>
      expect((screen.getByLabelText("J 联系电话") as HTMLSelectElement).value).toBe("deadline"),
    );
    expect(screen.getByLabelText("J 联系电话").closest("li")?.textContent).toContain("已指定");
    // The figure is the detection's: choosing a column does not make the reader surer.
    expect(screen.getByTestId("certainty").textContent).toBe("识别把握：中（69%）");
    fireEvent.click(screen.getByRole("button", { name: "登记为台账" }));
    await screen.findByText("已将工作表“问题整改台账”登记为“问题整改台账”。");
    const column = { column: 9, label: "联系电话", field: "deadline" };
    expect(calls.find((c) => c.name === "bind")?.args.slice(0, 2)).toEqual([
      "问题整改台账",
      { kind: "problem", columns: [column] },
    ]);
    expect(changed()).toBe(1);
  });

  it("shows a forced wrong kind's low certainty with a warning, never 100%", async () => {
    renderPanel({
      recognise: async (_sheet, choice) =>
        choice?.kind === "measure" ? recognition("measure", 0.31) : recognition("problem", 0.69),
    });
    fireEvent.click(await screen.findByRole("button", { name: "识别" }));
    await screen.findByText("识别为“问题整改台账”");
    fireEvent.change(screen.getByLabelText("台账类型"), { target: { value: "measure" } });
    await screen.findByText("识别为“帮扶措施台账”");
    expect(screen.getByTestId("certainty").textContent).toBe(
      "识别把握：低（31%）。表头与“帮扶措施台账”不太相符，请逐栏核对对应栏目。",
    );
  });

  it("says when a sheet is no ledger and offers nothing to register", async () => {
    renderPanel({
      recognise: async () => ({
        ...recognition("table", 0),
        kindTitle: "",
        isLedger: false,
        columns: [],
        fields: [],
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "识别" }));
    await screen.findByText(/^未识别为台账/);
    expect((screen.getByRole("button", { name: "登记为台账" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("unregisters a ledger after asking, and removes its flags", async () => {
    const { calls, changed } = renderPanel(
      {
        unbind: async () => ({ clearedColumns: 1 }),
        removeFlags: async () => ({ sheets: ["问题整改台账"] }),
      },
      1,
    );
    const ledgers = await screen.findByRole("region", { name: "已登记的台账" });
    fireEvent.click(await within(ledgers).findByRole("button", { name: "移除标识" }));
    await screen.findByText("已移除“问题整改台账”的标识列。");
    fireEvent.click(within(ledgers).getByRole("button", { name: "取消登记" }));
    await screen.findByText("取消登记“问题整改台账”？它的标识列也将一并移除。");
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    await screen.findByText("已取消登记“问题整改台账”，并移除了它的标识列。");
    expect(calls.filter((c) => c.name !== "listSheets").map((c) => [c.name, c.args[0]])).toEqual([
      ["removeFlags", "问题整改台账"],
      ["unbind", "问题整改台账"],
    ]);
    expect(changed()).toBe(2);
  });

  it("shows a refusal in plain Chinese with the details behind a disclosure", async () => {
    renderPanel({
      recognise: async () => {
        throw new TaizhangError("sheetMissing", "问题整改台账", { code: "ItemNotFound" });
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "识别" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "找不到工作表“问题整改台账”，它可能已被重命名或删除。请重新选择台账。",
    );
    const details = screen.getByText("详细信息").closest("details")!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain("key: sheetMissing");
    expect(details.textContent).toContain("code: ItemNotFound");
    expect(document.body.textContent).not.toMatch(/at \S+ \(/);
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "识别" }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
  });
});
