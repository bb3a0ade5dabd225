// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { strings, type Lang } from "../i18n";
import { ActivityBar } from "./ActivityBar";

afterEach(cleanup);

function bar(lang: Lang, number: number) {
  render(
    <ActivityBar
      running={{
        action: strings[lang].actionConsolidate,
        progress: { stage: "read", file: { number, count: 4, name: "甘洛.xlsx" } },
        cancelling: false,
        cancellable: true,
      }}
      text={strings[lang]}
      lang={lang}
      onCancel={() => undefined}
    />,
  );
  const activity = screen.getByTestId("activity");
  return {
    line: activity.querySelector("span")?.textContent,
    value: activity.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow"),
  };
}

describe("the pane's progress line", () => {
  it("says which file of how many 合并报送 reads, and the bar moves by the files done", () => {
    expect(bar("zh", 3)).toEqual({
      line: "正在合并报送：读取第3/4个文件“甘洛.xlsx”…",
      value: "0.5",
    });
    cleanup();
    expect(bar("en", 1)).toEqual({
      line: "Merging the offices' files: Reading file 1 of 4, “甘洛.xlsx”…",
      value: "0",
    });
  });
});
