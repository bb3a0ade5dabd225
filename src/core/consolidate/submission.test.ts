// 报送情况 on one office's monthly ledgers sent as two files: October's and November's copies of a
// cumulative ledger share most of their items, and both are counted. Without 问题编号 no key
// repeats, so before this nothing said so: the merged sheet and the summary counted the office's
// measures twice, exit 0.
import { describe, expect, it } from "vitest";
import type { Cell } from "../model/cell";
import { readLedger } from "../read";
import { submissionOf, submissionSheetPlan } from "./submission";
import type { ConsolidatedFile } from "./types";

const HEADER: Cell[] = ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"];

function file(name: string, rows: Cell[][]): ConsolidatedFile {
  const ledger = readLedger({ name, file: name, values: [HEADER, ...rows] });
  return { file: name, fingerprint: name, ledgers: [ledger] };
}

const october = file("阿坝10月.csv", [
  ["阿坝县院", "队伍老化", "招录", "2021.12.31", "正在推进"],
  ["阿坝县院", "案件质量", "培训", "2021.9.30", "已完成"],
]);
const november = file("阿坝11月.csv", [
  ["阿坝县院", "队伍老化", "招录", "2021.12.31", "已完成"],
  ["阿坝县院", "案件质量", "培训", "2021.9.30", "已完成"],
  ["阿坝县院", "信息化", "采购", "2021.11.30", "未完成"],
]);
const ganluo = file("甘洛.csv", [["甘洛县院", "队伍老化", "招录", "2021.12.31", "未完成"]]);

describe("submissionOf", () => {
  it("says a file holds another version of an earlier file's ledger, both counted", () => {
    const submission = submissionOf([october, november, ganluo], null);
    expect(submission.files.map((f) => f.versionOf ?? [])).toEqual([
      [],
      [{ file: "阿坝10月.csv", kind: "problem", shared: 2 }],
      [],
    ]);
    const plan = submissionSheetPlan(submission, "zh", () => "问题整改台账");
    const status = plan.blocks[0]!.values[4]![5];
    expect(status).toBe(
      "与“阿坝10月.csv”的问题整改台账有2项相同，可能是同一台账的不同期次；两份都已计入合并表和汇总，请核实",
    );
  });
});
