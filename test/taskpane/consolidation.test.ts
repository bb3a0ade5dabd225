// 合并报送 from the task pane, on the fake Excel: the offices' files the user picked are read by
// the pane's file work, consolidated and written into the open workbook through the Excel host.
// The user's sheets stay as they were; a second run replaces the add-in's own sheets and keeps a
// sheet a person typed in; the requests a write costs do not grow with its rows.
import { describe, expect, it } from "vitest";
import type { SheetInput } from "../../src/core/model";
import type { FileState, PickedFile } from "../../src/taskpane/consolidation";
import { REQUEST_BYTES_TARGET } from "../../src/excel/payload";
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT } from "../fakeExcel";
import { A_HEADER } from "../xlsx/_lib/offices";
import { CHOICE, USER_SHEETS, offices, paneOn, picked, untouched } from "./_lib/paneConsolidation";

function valuesOf(sheets: SheetInput[], name: string): SheetInput["values"] {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.values;
}

describe("合并报送 in the pane, into the open workbook", () => {
  it("writes 报送情况, the merged sheet with sources, 重复编号 and the summary beside the user's sheets", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
    const { host, consolidation } = await paneOn(fx);
    const states: [number, FileState["state"]][] = [];
    const outcome = await consolidation.consolidate(
      { ...(await offices()), choice: CHOICE },
      { onFile: (i, s) => states.push([i, s.state]) },
    );
    expect(states).toEqual([
      [0, "reading"],
      [0, "read"],
      [1, "reading"],
      [1, "read"],
      [2, "reading"],
      [2, "read"],
      [3, "reading"],
      [3, "unreadable"],
    ]);

    const files = outcome.submission.files;
    expect(files.map((f) => f.file)).toEqual([
      "阿坝.xlsx",
      "甘洛.xlsx",
      "阿坝（重发）.xlsx",
      "玛多.xlsx",
    ]);
    expect(files[3]?.problem?.zh).toBeTruthy();
    expect(files[0]?.sameAs).toEqual(["阿坝（重发）.xlsx"]);
    // The same report sent twice is counted once, as the file that came first.
    expect(files[2]?.copyOf).toBe("阿坝.xlsx");
    expect(files[2]?.offices).toEqual(files[0]?.offices);
    expect(files[1]?.sameAsPrevious).toEqual(["甘洛-5月.xlsx"]);
    expect(outcome.submission.missing).toEqual(["玛多县人民检察院"]);
    // WT-001 of 阿坝 and of 甘洛 are each office's own problem; WT-002 only in 阿坝 (and in its
    // copy, which is no second file).
    expect(outcome.repeats).toEqual([]);
    expect(outcome.merged).toEqual([
      { kind: "problem", title: expect.any(String), sheet: "问题整改台账（合并）", rows: 4 },
    ]);
    // The user's 报送情况 is kept; the add-in's goes beside it.
    expect(outcome.sheets).toEqual(
      expect.arrayContaining(["报送情况 (2)", "问题整改台账（合并）", "重复编号", "台账汇总"]),
    );
    expect(
      fx.workbook
        .liveSheets()
        .map((s) => s.name)
        .slice(0, 2),
    ).toEqual(["我的工作", "报送情况"]);

    const written = await host.readSheets(["问题整改台账（合并）", "报送情况 (2)"]);
    const merged = valuesOf(written, "问题整改台账（合并）");
    const header = merged[1]!;
    expect(header.slice(0, 4)).toEqual(["来源文件", "来源工作表", "来源行号", "来源院"]);
    const body = merged.slice(2).filter((r) => r.some((c) => c !== null));
    expect(body.map((r) => [r[0], r[2], r[header.indexOf("问题编号")]])).toEqual([
      ["阿坝.xlsx", 3, "WT-001"],
      ["阿坝.xlsx", 4, "WT-002"],
      ["甘洛.xlsx", 3, "WT-001"],
      ["甘洛.xlsx", 4, "WT-010"],
    ]);
    // Fields aligned whatever the office called them; text that looks like a formula stays text.
    const measures = body.map((r) => r[header.indexOf("整改措施")]);
    expect(measures).toContain("=SUM(A1)");
    expect(measures).toContain("+cmd|' /C calc'!A0");
    const mergedSheet = fx.workbook.findSheet("问题整改台账（合并）")!;
    for (let r = 0; r < merged.length; r++)
      for (let c = 0; c < header.length; c++)
        expect(mergedSheet.peek(r, c)?.formula, `row ${r + 1} column ${c + 1}`).toBeUndefined();
    const submission = valuesOf(written, "报送情况 (2)").flat().join("|");
    expect(submission).toContain("玛多.xlsx");
    expect(submission).toContain("玛多县人民检察院");
    untouched(fx);
  });

  it("replaces its own sheets on a second run, and keeps one a person typed in", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
    const { consolidation } = await paneOn(fx);
    const request = { ...(await offices()), choice: CHOICE };
    const first = await consolidation.consolidate(request);
    const again = await consolidation.consolidate(request);
    expect(again.sheets).toEqual(first.sheets);
    expect(again.notes).toEqual([]);
    const names = () => fx.workbook.liveSheets().map((s) => s.name);
    const before = names();

    fx.userEdit("问题整改台账（合并）", "A20", [["已核对，6月30日"]]);
    const third = await consolidation.consolidate(request);
    expect(fx.workbook.findSheet("问题整改台账（合并）")?.peek(19, 0)?.value).toBe(
      "已核对，6月30日",
    );
    expect(third.merged[0]?.sheet).toBe("问题整改台账（合并） (2)");
    expect(third.notes.map((n) => n.zh).join()).toContain("问题整改台账（合并）");
    expect(names().filter((n) => !before.includes(n))).toEqual(["问题整改台账（合并） (2)"]);
    expect(before.filter((n) => !names().includes(n))).toEqual([]);
    untouched(fx);
  });

  it("skips a file that is gone by the time it is read, saying so in the user's words", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
    const { consolidation } = await paneOn(fx);
    const { files } = await offices();
    const gone: PickedFile = {
      name: "若尔盖.xlsx",
      arrayBuffer: () =>
        Promise.reject(
          new DOMException("The requested file could not be read", "NotReadableError"),
        ),
    };
    const outcome = await consolidation.consolidate({
      files: [gone, files[1]!],
      registry: [],
      previous: [],
      choice: CHOICE,
    });
    expect(outcome.submission.files.map((f) => [f.file, f.problem?.zh ?? null])).toEqual([
      [
        "若尔盖.xlsx",
        "无法读取该文件：可能已被移动、删除或正被其他程序占用。请确认文件后重新选择。",
      ],
      ["甘洛.xlsx", null],
    ]);
    expect(outcome.merged[0]?.rows).toBe(2);
    untouched(fx);
  });

  it("stops before the next file when cancelled, writing nothing", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
    const { consolidation } = await paneOn(fx);
    const controller = new AbortController();
    const failure = await consolidation
      .consolidate(
        { ...(await offices()), choice: CHOICE },
        {
          signal: controller.signal,
          onFile: (i, s) => i === 1 && s.state === "read" && controller.abort(),
        },
      )
      .catch((e: unknown) => e);
    expect((failure as { key?: string }).key).toBe("cancelled");
    expect(fx.workbook.liveSheets().map((s) => s.name)).toEqual(["我的工作", "报送情况"]);
    untouched(fx);
  });

  it("writes 50 files of 500 rows in requests that grow with the bytes written, not the rows", async () => {
    /** `count` offices' CSV files of `rows` problems each, every key its own. */
    const csvFiles = (count: number, rows: number) =>
      Array.from({ length: count }, (_, f) => {
        const office = `第${f + 1}县院`;
        const lines = [A_HEADER.join(",")];
        for (let r = 0; r < rows; r++)
          lines.push(
            [`F${f}-${r}`, office, `问题${r}`, `措施${r}`, "张三", "2021-12-31", "正在推进"].join(
              ",",
            ),
          );
        return picked(`${office}.csv`, new TextEncoder().encode(lines.join("\n")));
      });
    const measure = async (count: number, rows: number) => {
      const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
      const { consolidation } = await paneOn(fx);
      fx.requests.reset();
      const outcome = await consolidation.consolidate({
        files: csvFiles(count, rows),
        registry: [],
        previous: [],
        choice: CHOICE,
      });
      expect(outcome.merged[0]?.rows).toBe(count * rows);
      untouched(fx);
      return {
        requests: fx.requests.count,
        bytes: fx.requests.entries.reduce((n, e) => n + e.bytes, 0),
        each: fx.requests.entries.map((e) => e.bytes),
      };
    };
    const small = await measure(5, 20);
    const large = await measure(50, 500);
    // The requests that carry no rows (the survey, the marks, the state read after) are as many
    // at both sizes; every other one carries merged rows, filled up to the write's budget (~4 MB)
    // but the last, so there are as few as the bytes need, and none passes Excel on the web's 5 MB.
    // (The light ones are a few kilobytes; 5 × 20 rows' block is about 100 KB.)
    const light = (m: typeof small) => m.each.filter((b) => b < 50_000).length;
    expect(light(large)).toBe(light(small));
    const blocks = large.each.filter((b) => b >= 50_000);
    expect(blocks.every((b) => b <= REQUEST_BYTES_TARGET && b < DEFAULT_PAYLOAD_LIMIT)).toBe(true);
    expect(blocks.slice(0, -1).every((b) => b > 0.9 * REQUEST_BYTES_TARGET)).toBe(true);
    const blockBytes = blocks.reduce((n, b) => n + b, 0);
    expect(blocks.length).toBe(Math.ceil(blockBytes / REQUEST_BYTES_TARGET));
  }, 120_000);
});
