import { describe, expect, it } from "vitest";
import { parseStatus } from "./status";

describe("parseStatus", () => {
  it.each([
    ["已完成", "done"],
    ["完成", "done"],
    ["已办结", "done"],
    ["已完成（6月）", "done"],
    ["已完成，待销号", "done"],
    ["已答复", "done"],
    ["已协调解决", "done"],
    ["已销号", "closed"],
    ["销号", "closed"],
    ["正在推进", "inProgress"],
    ["推进中", "inProgress"],
    ["进行中", "inProgress"],
    ["办理中", "inProgress"],
    ["正在推进，完成60%", "inProgress"],
    ["未完成", "notStarted"],
    ["未启动", "notStarted"],
    ["未开始", "notStarted"],
    ["未办理", "notStarted"],
    [" 已 完 成 ", "done"],
    // Words and shapes real ledgers use beyond the usual ones.
    ["√", "done"],
    ["✓", "done"],
    ["整改完毕", "done"],
    ["已整改完毕", "done"],
    ["立行立改", "done"],
    ["已完成，待销号", "done"],
    ["待销号", "done"],
    ["已验收销号", "closed"],
    ["已销账", "closed"],
    ["已启动", "inProgress"],
    ["完成中", "inProgress"],
    ["协调解决中", "inProgress"],
    ["整改中（已完成一半）", "inProgress"],
    ["已完成80%", "inProgress"],
    ["完成100%", "done"],
    ["完成0%", "notStarted"],
    ["长期坚持", "inProgress"],
    ["按序时推进", "inProgress"],
    ["持续推进", "inProgress"],
    ["已完成（6月中旬）", "done"],
    ["×", "notStarted"],
    ["否", "notStarted"],
    // Late or on time, the item is finished; overdue and not finished, it is not; 已基本完成 is
    // 基本完成. These were type errors, or (完成一半) counted as done.
    ["按期完成", "done"],
    ["如期完成", "done"],
    ["超期完成", "done"],
    ["逾期完成", "done"],
    ["提前完成", "done"],
    ["逾期未完成", "notStarted"],
    ["超期未完成", "notStarted"],
    ["超期未整改", "notStarted"],
    ["已基本完成", "inProgress"],
    ["基本整改", "inProgress"],
    ["完成一半", "inProgress"],
    ["已完成一半", "inProgress"],
  ])("reads %s as %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  it("never merges closed into done", () => {
    expect(parseStatus("已销号")).not.toEqual(parseStatus("已完成"));
  });

  it.each(["很好", "6月", "？", "见附件", "有困难"])("rejects %s", (text) => {
    expect(parseStatus(text)).toEqual({ ok: false });
  });
});
