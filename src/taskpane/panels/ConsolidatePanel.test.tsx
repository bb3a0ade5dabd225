// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { renderInPane } from "../../../test/taskpane/_lib/renderInPane";
import { TaizhangError } from "../../core/errors";
import type {
  ConsolidationOptions,
  ConsolidationOutcome,
  ConsolidationRequest,
  PaneConsolidation,
} from "../consolidation";
import { strings, type Lang } from "../i18n";
import { ConsolidatePanel } from "./ConsolidatePanel";

afterEach(cleanup);

const UNREADABLE = { zh: "文件已损坏，无法打开。", en: "The file is damaged." };

const OUTCOME: ConsolidationOutcome = {
  submission: {
    files: [
      {
        file: "阿坝.xlsx",
        offices: ["阿坝县人民检察院"],
        ledgers: [{ sheet: "问题整改台账", kind: "problem", rows: 2 }],
        fingerprint: "a",
        sameAs: ["阿坝（重发）.xlsx"],
        sameAsPrevious: [],
      },
      {
        file: "甘洛.xlsx",
        offices: ["甘洛县人民检察院"],
        ledgers: [{ sheet: "问题整改台账", kind: "problem", rows: 2 }],
        fingerprint: "b",
        sameAs: [],
        sameAsPrevious: ["甘洛-5月.xlsx"],
      },
      {
        file: "阿坝（重发）.xlsx",
        offices: ["阿坝县人民检察院"],
        ledgers: [{ sheet: "问题整改台账", kind: "problem", rows: 2 }],
        fingerprint: "a",
        sameAs: ["阿坝.xlsx"],
        sameAsPrevious: [],
        copyOf: "阿坝.xlsx",
      },
      {
        file: "玛多.xlsx",
        offices: [],
        ledgers: [],
        fingerprint: null,
        sameAs: [],
        sameAsPrevious: [],
        problem: UNREADABLE,
      },
    ],
    missing: ["玛多县人民检察院"],
  },
  repeats: [
    { kind: "problem", key: "问题编号 WT-001", sources: [] },
    { kind: "problem", key: "问题编号 WT-002", sources: [] },
  ],
  merged: [{ kind: "problem", title: "问题整改台账", sheet: "问题整改台账（合并）", rows: 6 }],
  figures: { asOf: "2021-03-31", headline: [], narrative: "", reminderSlips: 0 },
  sheets: ["报送情况", "问题整改台账（合并）", "重复编号", "台账汇总"],
  notes: [],
};

/** A consolidation that tells each file's state as the real one does, and records its calls. */
function fakeConsolidation(
  run: (
    request: ConsolidationRequest,
    options: ConsolidationOptions,
  ) => Promise<ConsolidationOutcome>,
) {
  const requests: ConsolidationRequest[] = [];
  const shown: string[] = [];
  const consolidation: PaneConsolidation = {
    consolidate: (request, options = {}) => {
      requests.push(request);
      return run(request, options);
    },
    showSheet: async (sheet) => void shown.push(sheet),
  };
  return { consolidation, requests, shown };
}

function renderPanel(consolidation: PaneConsolidation, lang: Lang = "zh") {
  const fake = fakeOperations({
    listSheets: async () => ({
      sheets: ["我的工作"],
      active: "我的工作",
      bound: [],
      asOf: "2021-03-31",
    }),
  });
  renderInPane(fake.ops, (workbook) => (
    <ConsolidatePanel
      consolidation={consolidation}
      text={strings[lang]}
      lang={lang}
      workbook={workbook}
    />
  ));
  return fake;
}

const file = (name: string) => new File(["x"], name);

/** Chooses files in the picker named `label`, as the browser's file dialog hands them over. */
function choose(label: string, names: string[]) {
  const input = screen.getByRole("group", { name: label }).querySelector('input[type="file"]');
  if (!input) throw new Error(`no file input under ${label}`);
  fireEvent.change(input, { target: { files: names.map(file) } });
}

/** The files listed under the picker named `label`, each with its state. */
function listed(label: string): (string | null)[] {
  return within(screen.getByRole("group", { name: label }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
}

const FILES_LABEL = "各院报送的文件（.xlsx、.xlsm、.csv）";

describe("合并报送 panel", () => {
  it("merges the chosen files, shows each file's state, the findings and the written sheets", async () => {
    const { consolidation, requests, shown } = fakeConsolidation(async (request, options) => {
      request.files.forEach((f, i) => {
        options.onFile?.(i, { state: "reading" });
        options.onFile?.(
          i,
          f.name === "玛多.xlsx"
            ? { state: "unreadable", problem: UNREADABLE }
            : { state: "read", sheets: 1 },
        );
      });
      return OUTCOME;
    });
    renderPanel(consolidation);
    const merge = screen.getByRole("button", { name: "合并到当前工作簿" });
    // Nothing to merge before a file is chosen.
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    choose(FILES_LABEL, ["阿坝.xlsx", "甘洛.xlsx"]);
    // A second pick adds to the list.
    choose(FILES_LABEL, ["阿坝（重发）.xlsx", "玛多.xlsx"]);
    choose("薄弱院名册（可选，用于列出未报送的院）", ["名册.xlsx"]);
    choose("上期文件（可选，用于发现重复报送的上期文件）", ["甘洛-5月.xlsx"]);
    expect(listed(FILES_LABEL)).toEqual([
      "阿坝.xlsx — 待读取",
      "甘洛.xlsx — 待读取",
      "阿坝（重发）.xlsx — 待读取",
      "玛多.xlsx — 待读取",
    ]);
    await waitFor(() => expect((merge as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(merge);

    await screen.findByText(
      "已合并3个文件，生成“报送情况”、“问题整改台账（合并）”、“重复编号”、“台账汇总”。",
    );
    const request = requests[0]!;
    expect(request.files.map((f) => f.name)).toEqual([
      "阿坝.xlsx",
      "甘洛.xlsx",
      "阿坝（重发）.xlsx",
      "玛多.xlsx",
    ]);
    expect(request.registry.map((f) => f.name)).toEqual(["名册.xlsx"]);
    expect(request.previous.map((f) => f.name)).toEqual(["甘洛-5月.xlsx"]);
    expect(request.choice).toEqual({
      asOf: "2021-03-31",
      scheme: "flags",
      dueSoonDays: 7,
      slips: true,
    });
    expect(listed(FILES_LABEL)).toEqual([
      "阿坝.xlsx — 已读取",
      "甘洛.xlsx — 已读取",
      "阿坝（重发）.xlsx — 已读取",
      "玛多.xlsx — 无法读取，已跳过：文件已损坏，无法打开。",
    ]);
    expect(listed("薄弱院名册（可选，用于列出未报送的院）")).toEqual(["名册.xlsx"]);
    expect(screen.getByText("1个文件无法读取，已跳过，其余文件照常合并。")).toBeTruthy();

    const result = screen.getByRole("region", { name: "合并结果" });
    expect(
      within(result)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "已报送的院（2个）：阿坝县人民检察院、甘洛县人民检察院",
      "名册中未报送的院（1个）：玛多县人民检察院",
      "“甘洛.xlsx”与上期“甘洛-5月.xlsx”内容完全相同，可能重复报送了上期文件。",
      "“阿坝（重发）.xlsx”与“阿坝.xlsx”内容完全相同，只计入一次。",
      "“玛多.xlsx”无法读取：文件已损坏，无法打开。",
      "重复编号2个（同一编号出现在不止一个文件中）。",
    ]);
    const merged = screen.getByRole("region", { name: "按台账合并" });
    expect(
      within(merged)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["台账工作表行数", "问题整改台账问题整改台账（合并）6"]);
    fireEvent.click(within(merged).getByRole("button", { name: "问题整改台账（合并）" }));
    const written = screen.getByRole("region", { name: "已生成的工作表（点击查看）" });
    fireEvent.click(within(written).getByRole("button", { name: "重复编号" }));
    expect(shown).toEqual(["问题整改台账（合并）", "重复编号"]);
  });

  it("cancels from the panel: nothing is written and it says so", async () => {
    const { consolidation } = fakeConsolidation((_, options) => {
      options.onFile?.(0, { state: "reading" });
      return new Promise((_, reject) =>
        options.signal?.addEventListener("abort", () => reject(new TaizhangError("cancelled"))),
      );
    });
    renderPanel(consolidation);
    choose(FILES_LABEL, ["阿坝.xlsx"]);
    fireEvent.click(await screen.findByRole("button", { name: "合并到当前工作簿" }));
    fireEvent.click(await screen.findByRole("button", { name: "取消" }));
    await screen.findByText("已取消，工作簿未做任何更改。");
    expect(screen.queryByRole("region", { name: "合并结果" })).toBeNull();
    // The file that was being read is waiting again, not "reading" for ever.
    expect(listed(FILES_LABEL)).toEqual(["阿坝.xlsx — 待读取"]);
  });

  it("says in English why the registry could not be used; without one, lists no missing offices", async () => {
    let calls = 0;
    const { consolidation, requests } = fakeConsolidation(async (request) => {
      if (calls++ === 0) throw new TaizhangError("readFailed", request.registry[0]!.name);
      return { ...OUTCOME, submission: { ...OUTCOME.submission, missing: null }, repeats: [] };
    });
    renderPanel(consolidation, "en");
    const REGISTRY = "Office registry (optional: lists the offices that sent nothing)";
    choose("Offices' files (.xlsx, .xlsm, .csv)", ["阿坝.xlsx"]);
    const registry = screen.getByRole("group", { name: REGISTRY });
    // A file that is no spreadsheet is not taken: the picker says so, in English.
    choose(REGISTRY, ["名册.docx"]);
    expect(within(registry).getByRole("alert").textContent).toBe(
      "None of the files chosen is an .xlsx or .csv file that can be read. Skipped 1 file of a type that cannot be read.",
    );
    expect(within(registry).getByText("No file chosen.")).toBeTruthy();
    choose(REGISTRY, ["名册.xlsx"]);
    expect(within(registry).queryByRole("alert")).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Merge into this workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("名册.xlsx");
    expect(alert.textContent).not.toContain("readFailed");

    fireEvent.click(within(registry).getByRole("button", { name: "Clear" }));
    expect(within(registry).getByText("No file chosen.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Merge into this workbook" }));
    await screen.findByText(/^Merged 3 files; wrote “/);
    expect(requests[1]?.registry).toEqual([]);
    const result = screen.getByRole("region", { name: "Result" });
    expect(
      within(result).getByText("No registry given: offices that sent nothing are not listed."),
    ).toBeTruthy();
    expect(within(result).getByText("No key appears in more than one file.")).toBeTruthy();
    expect(
      screen.getByText("Skipped 1 file that could not be read; the others were merged."),
    ).toBeTruthy();
  });
});
