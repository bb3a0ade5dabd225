import { testHost } from "./host";

/**
 * Whether the fake host models Range.formulasR1C1 (ExcelApi 1.2), which the flag column is
 * written with. Real Excel has it; until the fake does, the tests that need it are skipped with
 * the reason in their name instead of failing on the fake's ApiNotFound.
 */
export async function fakeHasFormulasR1C1(): Promise<boolean> {
  const host = await testHost({ sheets: [{ name: "Sheet1" }] });
  try {
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").formulasR1C1 =
        "=1" as unknown as string[][];
      await ctx.sync();
    });
    return true;
  } catch {
    return false;
  }
}
