// A CSV file has no package for the .xlsx host to patch: workbookOfSheet gives it one, and the
// workflows then run on it as on any workbook, the file's text kept as text.
import { describe, expect, it } from "vitest";
import { createLedgerOperations } from "../../src/app/operations";
import { inlineCoreWork } from "../../src/app/coreWork";
import { readCsv, readWorkbook } from "../../src/xlsx";
import { createXlsxHost } from "../../src/xlsx/host";
import { sheetNameOf, workbookOfSheet } from "../../src/xlsx/textWorkbook";

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const CSV = [
  "问题编号,院名称,问题描述,整改措施,完成时限,进展状态",
  "P1,阿坝县院,办案质量不高,开展评查,2021年3月31日,已完成",
  'P2,阿坝县院," 前导空格",=1+1,2021-08-31,正在推进',
  "P3,小金县院,文书不规范,,2021/5/1,",
].join("\r\n");

describe("a text file as a workbook", () => {
  it("holds the file's cells exactly as read, text as text", async () => {
    const sheet = readCsv(CSV, { name: "问题整改" });
    const [back] = await readWorkbook(workbookOfSheet(sheet));
    expect(back?.name).toBe("问题整改");
    expect(back?.values).toEqual(sheet.values);
  });

  it("names its sheet as Excel allows", () => {
    expect(sheetNameOf("台账[2021]:一/二?")).toBe("台账_2021__一_二_");
    expect(sheetNameOf("x".repeat(40))).toHaveLength(31);
    expect(sheetNameOf("''")).toBe("Sheet1");
  });

  it("takes the workflows through the .xlsx host", async () => {
    const sheet = readCsv(CSV, { name: "问题整改" });
    const host = createXlsxHost(workbookOfSheet(sheet), { file: "问题整改.csv" });
    const ops = createLedgerOperations(host, context, inlineCoreWork(context));
    await ops.bind("问题整改", { kind: "problem" });
    const validation = await ops.validate();
    await ops.writeIssueReport(validation.issues);
    const flags = await ops.applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" });
    const summary = await ops.summarize({
      scheme: "flags",
      dueSoonDays: 7,
      asOf: "2021-06-30",
      slips: true,
    });
    expect(flags.flagged).toEqual(["问题整改"]);
    expect(summary.sheets[0]).toBe("台账汇总");
    const after = await readWorkbook(host.save());
    const ledger = after.find((s) => s.name === "问题整改")!;
    expect(ledger.values.map((r) => r.slice(0, 6))).toEqual(
      sheet.values.map((r) => [...r, ...Array(6 - r.length).fill(null)].slice(0, 6)),
    );
    expect(ledger.values[0]).toContain("【台账助手】挂图作战");
    expect(after.map((s) => s.name)).toContain("台账汇总");
  });
});
