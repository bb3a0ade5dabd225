// The corrections a user made to an open file (台账种类, 对应栏目), carried into the
// consolidation's reading of that file. The consolidation (src/app/consolidate.ts) reads each
// file's sheets with no per-sheet choice, so the choices are put into the sheets themselves, as
// the reader's own words: each column the corrected reading maps is headed by its field's title
// (which the reader maps for certain), a column the user said holds no field loses its heading,
// and a sheet the user said is no ledger is left out. Everything else in the sheet is as read.
import type { AppContext } from "../../app/context";
import { readSource } from "../../app/readLedgers";
import type { SheetInput } from "../../core/model";
import type { SheetChoice } from "./protocol";

/** `sheets` as the user corrected them; sheets with no choice are handed back as they are. */
export function correctedSheets(
  sheets: readonly SheetInput[],
  choices: readonly SheetChoice[],
  context: AppContext,
): SheetInput[] {
  const bySheet = new Map(choices.map((c) => [c.sheet, c]));
  const out: SheetInput[] = [];
  for (const sheet of sheets) {
    const choice = bySheet.get(sheet.name);
    if (!choice) out.push(sheet);
    else if (choice.kind !== null) out.push(headedAsChosen(sheet, choice.kind, choice, context));
  }
  return out;
}

/** The sheet with its (last) header row worded as the corrected reading maps it. */
function headedAsChosen(
  sheet: SheetInput,
  kind: string,
  choice: SheetChoice,
  context: AppContext,
): SheetInput {
  // Read exactly as the open file's 识别台账 and 校验 read it: the kind and columns chosen.
  const read = readSource({ input: sheet, kind, columns: choice.columns }, context);
  const headerRow = read.headerRows[read.headerRows.length - 1];
  if (headerRow === undefined) return sheet;
  const header = [...(sheet.values[headerRow - 1] ?? [])];
  const titleOf = (field: string) => read.fields.find((f) => f.name === field)?.title ?? field;
  for (const m of read.mapping) header[m.column - 1] = titleOf(m.field);
  const mapped = new Set(read.mapping.map((m) => m.column - 1));
  for (const c of choice.columns)
    if (c.field === null && !mapped.has(c.column) && c.column < header.length)
      header[c.column] = null;
  const values = sheet.values.map((row, r) => (r === headerRow - 1 ? header : row));
  return { ...sheet, values };
}
