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
  ])("reads %s as %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  it("never merges closed into done", () => {
    expect(parseStatus("已销号")).not.toEqual(parseStatus("已完成"));
  });

  it.each(["很好", "6月", "？"])("rejects %s", (text) => {
    expect(parseStatus(text)).toEqual({ ok: false });
  });
});
