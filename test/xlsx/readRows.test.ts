// The file host's readRows: the rows asked for as its whole read holds them, with the used range
// and the merged areas meeting them, so a row patch of the whole read changes nothing.
import { describe, expect, it } from "vitest";
import { keptSheet, patchRows } from "../../src/app/rowPatch";
import { createXlsxHost } from "../../src/xlsx/host";
import { exceljsWorkbook, PROBLEM } from "./_lib/fixture";

describe("file host: readRows", () => {
  it("gives the asked rows of the whole read, the used range and the merges meeting them", async () => {
    const host = createXlsxHost(await exceljsWorkbook());
    const [whole] = await host.readSheets([PROBLEM]);
    if (!whole) throw new Error("no sheet");
    const asked = [1, 2, 3, 5, 500];
    const read = await host.readRows(PROBLEM, asked);
    // Row 500 is past the sheet's end: not returned.
    expect(read.rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(read.rows.find((r) => r.row === 5)?.values).toEqual(whole.values[4]);
    expect(read.used).toMatchObject({ row: 0, column: 0 });
    expect(read.used!.row + read.used!.rowCount).toBe(
      whole.values.reduce((last, line, r) => (line.some((v) => v !== null) ? r + 1 : last), 0),
    );
    // Row 5 lies in the merged problem cells A4:A5, B4:B5, C4:C5; row 1 in the title A1:J1.
    expect(read.merges?.total).toBe(whole.merges?.length);
    expect(read.merges?.meeting).toHaveLength(4);
    // Putting the rows read into the whole read gives the whole read.
    const patched = patchRows(keptSheet(whole), read, asked, 2);
    expect(patched?.input.values).toEqual(whole.values.slice(0, patched?.input.values.length));
    expect(patched?.input.values.length).toBe(read.used!.row + read.used!.rowCount);
  });
});
