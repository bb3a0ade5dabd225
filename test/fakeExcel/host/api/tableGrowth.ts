/**
 * Excel's table auto-expansion: text entered in the cell right beside a table's header row
 * makes that column part of the table (AutoCorrect's "Include new rows and columns in table",
 * on by default), and office-js#6745 shows AutoCorrect options applying to API writes too. So a
 * header the add-in writes right of a table becomes a table column, with every row of the table
 * below it, and a name already used by the table gets a number appended, as Excel does.
 * Rows written below a table's last row are not grown into it here (Excel's behaviour there
 * depends on the build and on the data written; not modeled).
 */
import type { Rect } from "../address";
import { intersect } from "../address";
import { contentOf, isBlank } from "../model/cell";
import type { SheetModel } from "../model/sheet";
import { tableColumnName } from "../model/table";
import type { WorkbookModel } from "../model/workbook";

export function growTablesBeside(workbook: WorkbookModel, sheet: SheetModel, written: Rect): void {
  for (const table of workbook.tables) {
    if (table.deleted || table.sheet !== sheet || !table.showHeaders) continue;
    const row = table.rect.top;
    let right = table.rect.right;
    while (
      right + 1 >= written.left &&
      right + 1 <= written.right &&
      row >= written.top &&
      row <= written.bottom &&
      !isBlank(sheet.peek(row, right + 1)) &&
      !blocked(workbook, sheet, { ...table.rect, left: right + 1, right: right + 1 })
    ) {
      right++;
      const taken = new Set(table.columns.map((_c, i) => tableColumnName(table, i).toLowerCase()));
      const typed = String(contentOf(sheet.peek(row, right)));
      let name = typed;
      for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${typed}${k}`;
      if (name !== typed) workbook.writeContent(sheet, row, right, name, undefined);
      const id = Math.max(0, ...table.columns.map((c) => c.id)) + 1;
      table.columns.push({ id, name });
      table.rect = { ...table.rect, right };
    }
  }
}

function blocked(workbook: WorkbookModel, sheet: SheetModel, column: Rect): boolean {
  return (
    workbook.tables.some((t) => !t.deleted && t.sheet === sheet && intersect(t.rect, column)) ||
    sheet.merges.some((m) => intersect(m, column))
  );
}
