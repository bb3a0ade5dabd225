// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { TaizhangError } from "../../excel/error";
import { strings } from "../i18n";
import { taizhangTheme } from "../theme";
import type { Recognition } from "../../app/recognition";
import { RecognisePanel } from "./RecognisePanel";

afterEach(cleanup);

function recognition(kind: string, kindTitle: string, confidence: number): Recognition {
  return {
    sheet: "问题整改台账",
    kind,
    kindTitle,
    kindConfidence: confidence,
    headerRows: [3],
    dataRows: 4,
    columns: [
      { letter: "C", label: "存在问题", field: "problem", fieldTitle: "问题描述", confidence: 0.9 },
      {
        letter: "G",
        label: "整改时限",
        field: "deadline",
        fieldTitle: "完成时限",
        confidence: 0.9,
      },
    ],
    unmapped: [{ letter: "J", label: "联系电话" }],
    missingFields: [],
    binding: { headerRow: 2, mapping: { problem: 2, deadline: 6 } },
  };
}

function renderPanel(given: Parameters<typeof fakeOperations>[0]) {
  const fake = fakeOperations({
    listSheets: async () => ({
      sheets: ["说明", "问题整改台账"],
      active: "问题整改台账",
      bound: [],
    }),
    ...given,
  });
  let bound = 0;
  render(
    <FluentProvider theme={taizhangTheme}>
      <RecognisePanel ops={fake.ops} text={strings.zh} lang="zh" onBound={() => void bound++} />
    </FluentProvider>,
  );
  return { ...fake, boundCount: () => bound };
}

describe("台账识别 panel", () => {
  it("recognises the active sheet and shows kind, header row, columns and unmapped columns", async () => {
    const { calls } = renderPanel({
      recognise: async () => recognition("problem", "问题整改台账", 0.69),
    });
    await screen.findByText("尚未保存台账：校验、标识和汇总将使用当前工作表。");
    const sheetSelect = screen.getByLabelText("工作表") as HTMLSelectElement;
    expect(sheetSelect.value).toBe("问题整改台账");
    fireEvent.click(screen.getByRole("button", { name: "识别" }));
    await screen.findByText("已识别为“问题整改台账”（可信度 69%），表头在第 3 行，数据 4 行。");
    expect(screen.getByText("存在问题").closest("tr")?.textContent).toBe("C存在问题问题描述90%");
    expect(screen.getByText("未对应的列：J（联系电话）")).toBeTruthy();
    expect(calls.map((c) => [c.name, ...c.args])).toEqual([
      ["listSheets"],
      ["recognise", "问题整改台账", undefined],
    ]);
  });

  it("re-reads with the kind the user picks and saves that binding", async () => {
    const { calls, boundCount } = renderPanel({
      recognise: async (_sheet, kind) =>
        kind === "measure"
          ? recognition("measure", "帮扶措施台账", 1)
          : recognition("problem", "问题整改台账", 0.5),
      bind: async () => recognition("measure", "帮扶措施台账", 1),
    });
    await screen.findByText(/尚未保存台账/);
    fireEvent.click(screen.getByRole("button", { name: "识别" }));
    await screen.findByText(/已识别为“问题整改台账”/);
    fireEvent.change(screen.getByLabelText("台账类型"), { target: { value: "measure" } });
    await screen.findByText(/已识别为“帮扶措施台账”（可信度 100%）/);
    fireEvent.click(screen.getByRole("button", { name: "保存为台账" }));
    await screen.findByText("已将工作表“问题整改台账”保存为“帮扶措施台账”。");
    expect(calls.find((c) => c.name === "bind")?.args).toEqual(["问题整改台账", "measure"]);
    expect(boundCount()).toBe(1);
  });

  it("shows a refusal in plain Chinese with the details behind a disclosure", async () => {
    renderPanel({
      recognise: async () => {
        throw new TaizhangError("sheetMissing", "问题整改台账", { code: "ItemNotFound" });
      },
    });
    await screen.findByText(/尚未保存台账/);
    fireEvent.click(screen.getByRole("button", { name: "识别" }));
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
