/**
 * A simulated user edit: cells typed into Excel by a person, not by the add-in. It follows the
 * typed-input rule, stays out of the cell log (which records the add-in's writes) and raises
 * worksheet.onChanged like a real edit when the add-in listens and has events enabled.
 */
import { parseLocalAddress, rectColumns, rectRows } from "./address";
import type { EventHooks } from "./events";
import { deliverChangeEvents } from "./events";
import { growTablesBeside } from "./api/tableGrowth";
import { GENERAL } from "./model/cell";
import { interpretInput } from "./model/typedInput";
import type { ValidationEntry } from "./model/validation";
import { listItemsOf, validationAt } from "./model/validation";
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
      assertListAllows(sheet.validations, rect.top + r, rect.left + c, input);
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
  growTablesBeside(workbook, sheet, rect);
  if (workbook.eventsEnabled && sheet.changedEventRegistrations > 0) {
    deliverChangeEvents(hooks, [{ sheet, rect, source: "Local" }]);
  }
}

/**
 * A person cannot type a value outside a list rule whose alert is Stop (Excel shows the alert
 * and keeps the old content). Items compare exactly (the strict reading; Excel's case rule for
 * list items is not documented). Blank input passes when the rule ignores blanks.
 */
function assertListAllows(
  validations: readonly ValidationEntry[],
  row: number,
  column: number,
  input: unknown,
): void {
  const rule = validationAt(validations, row, column);
  if (!rule || !rule.errorAlert.showAlert || rule.errorAlert.style !== "Stop") return;
  const items = listItemsOf(rule);
  if (!items) return;
  const text = input === null || input === undefined ? "" : String(input);
  if (text === "" && rule.ignoreBlanks) return;
  if (!items.includes(text)) {
    throw new Error(
      `fake-excel userEdit: Excel refuses ${JSON.stringify(text)} here; the list offers ${JSON.stringify(items)}`,
    );
  }
}
