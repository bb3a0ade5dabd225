/**
 * A simulated user edit: cells typed into Excel by a person, not by the add-in. It follows the
 * typed-input rule, stays out of the cell log (which records the add-in's writes) and raises
 * worksheet.onChanged like a real edit when the add-in listens and has events enabled.
 */
import { parseLocalAddress, rectColumns, rectRows } from "./address";
import type { EventHooks } from "./events";
import { deliverChangeEvents } from "./events";
import { GENERAL } from "./model/cell";
import { interpretInput } from "./model/typedInput";
import type { WorkbookModel } from "./model/workbook";

export function applyUserEdit(
  workbook: WorkbookModel,
  hooks: EventHooks,
  sheetName: string,
  address: string,
  values: unknown[][],
): void {
  const sheet = workbook.findSheet(sheetName);
  if (!sheet) throw new Error(`fake-excel userEdit: no sheet "${sheetName}"`);
  const rect = parseLocalAddress(address);
  if (
    values.length !== rectRows(rect) ||
    values.some((line) => line.length !== rectColumns(rect))
  ) {
    throw new Error(`fake-excel userEdit: values do not match ${address}`);
  }
  values.forEach((line, r) =>
    line.forEach((input, c) => {
      const cell = sheet.cell(rect.top + r, rect.left + c);
      const stored = interpretInput(input, cell.numberFormat ?? GENERAL, `userEdit ${address}`);
      if (!stored) return;
      cell.value = stored.value;
      if (stored.formula === undefined) delete cell.formula;
      else cell.formula = stored.formula;
      if (stored.impliedFormat && cell.numberFormat === GENERAL)
        cell.numberFormat = stored.impliedFormat;
    }),
  );
  if (workbook.eventsEnabled && sheet.changedEventRegistrations > 0) {
    deliverChangeEvents(hooks, [{ sheet, rect, source: "Local" }]);
  }
}
