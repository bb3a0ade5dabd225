// Data validation rules Excel refuses or reads differently from what an add-in might expect:
// numbers in date rules, over-long alert and prompt texts, and list sources split at commas.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { listItemsOf } from "../host/model/validation";

async function setRule(rule: Excel.DataValidationRule) {
  const fx = await createFakeExcel();
  const result = await fx.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B9").dataValidation.rule = rule;
    await ctx.sync();
  }).then(
    () => "stored",
    (error: { code?: string }) => error.code,
  );
  return { fx, result };
}

describe("date and time rules", () => {
  it.each([
    ["an ISO date", { date: { operator: "GreaterThan", formula1: "2000-01-01" } }, "stored"],
    [
      "ISO dates with Between",
      { date: { operator: "Between", formula1: "2024-01-01", formula2: "2024-12-31T00:00:00" } },
      "stored",
    ],
    ["a formula", { date: { operator: "LessThanOrEqualTo", formula1: "=TODAY()" } }, "stored"],
    ["an ISO time", { time: { operator: "LessThan", formula1: "18:00" } }, "stored"],
    ["a serial number", { date: { operator: "GreaterThan", formula1: 36526 } }, "InvalidArgument"],
    [
      "a serial as text",
      { date: { operator: "GreaterThan", formula1: "36526" } },
      "InvalidArgument",
    ],
    [
      "a serial as formula2",
      { date: { operator: "Between", formula1: "2000-01-01", formula2: "45000" } },
      "InvalidArgument",
    ],
    [
      "a local date text",
      { date: { operator: "GreaterThan", formula1: "2024/3/5" } },
      "InvalidArgument",
    ],
    [
      "a Chinese date text",
      { date: { operator: "GreaterThan", formula1: "2024年3月5日" } },
      "InvalidArgument",
    ],
    [
      "a time as a day fraction",
      { time: { operator: "LessThan", formula1: 0.75 } },
      "InvalidArgument",
    ],
  ])("%s: %s", async (_label, rule, expected) => {
    const { fx, result } = await setRule(rule as Excel.DataValidationRule);
    expect(result).toBe(expected);
    expect(fx.workbook.findSheet("Sheet1")?.validations.length).toBe(expected === "stored" ? 1 : 0);
  });
});

describe("alert and prompt texts", () => {
  const apply = async (body: (dv: Excel.DataValidation) => void) => {
    const fx = await createFakeExcel();
    return fx.Excel.run(async (ctx) => {
      body(ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation);
      await ctx.sync();
    }).then(
      () => "stored",
      (error: { code?: string }) => error.code,
    );
  };

  it.each([
    ["an error message of 224 characters", { message: "错".repeat(224) }, "stored"],
    ["an error message of 225 characters", { message: "错".repeat(225) }, "InvalidArgument"],
    ["an error title of 32 characters", { title: "题".repeat(32) }, "stored"],
    ["an error title of 33 characters", { title: "题".repeat(33) }, "InvalidArgument"],
  ])("errorAlert with %s: %s", async (_label, alert, expected) => {
    expect(
      await apply((dv) => {
        dv.errorAlert = { showAlert: true, style: "Stop", message: "", title: "", ...alert };
      }),
    ).toBe(expected);
  });

  it.each([
    ["a prompt message of 255 characters", { message: "提".repeat(255) }, "stored"],
    ["a prompt message of 256 characters", { message: "提".repeat(256) }, "InvalidArgument"],
    ["a prompt title of 33 characters", { title: "题".repeat(33) }, "InvalidArgument"],
  ])("prompt with %s: %s", async (_label, prompt, expected) => {
    expect(
      await apply((dv) => {
        dv.prompt = { showPrompt: true, message: "", title: "", ...prompt };
      }),
    ).toBe(expected);
  });
});

describe("list sources typed as text", () => {
  it("split at every comma: an item containing a comma becomes two items", async () => {
    const { fx } = await setRule({
      list: { inCellDropDown: true, source: "整改中,已完成（含整改,销号）" },
    });
    const entry = fx.workbook.findSheet("Sheet1")?.validations[0];
    expect(entry && listItemsOf(entry.settings)).toEqual(["整改中", "已完成（含整改", "销号）"]);
  });

  it("stop a person typing an item that the comma split apart", async () => {
    const { fx } = await setRule({ list: { inCellDropDown: true, source: "甲,乙 , 丙" } });
    fx.userEdit("Sheet1", "B2", [["乙"]]);
    expect(fx.workbook.findSheet("Sheet1")?.peek(1, 1)?.value).toBe("乙");
    expect(() => fx.userEdit("Sheet1", "B3", [["甲,乙"]])).toThrow(/refuses "甲,乙"/);
    expect(fx.workbook.findSheet("Sheet1")?.peek(2, 1)).toBeUndefined();
  });

  it("refuse a source over 255 characters", async () => {
    const source = Array.from({ length: 60 }, (_, i) => `状态${i}`).join(",");
    expect(source.length).toBeGreaterThan(255);
    const { result } = await setRule({ list: { inCellDropDown: true, source } });
    expect(result).toBe("InvalidArgument");
  });

  it("leave a reference source to the cells it names", async () => {
    const { fx } = await setRule({ list: { inCellDropDown: true, source: "=$D$1:$D$3" } });
    const entry = fx.workbook.findSheet("Sheet1")?.validations[0];
    expect(entry && listItemsOf(entry.settings)).toBeNull();
  });
});
