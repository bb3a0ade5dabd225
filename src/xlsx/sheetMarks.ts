// Which sheets of a workbook Taizhang wrote, by the marks it left in the workbook's defined names
// (src/app/ownership/marks.ts): hidden names over A1 of each output sheet, whose comment holds
// the sheet's key. The name's reference follows the sheet when a person renames it.
import { decodeMark } from "../app/ownership/marks";
import { parseSheetReference } from "../core/model/address";
import type { DefinedNameEntry } from "./workbookParts";

/** Sheet name → the key of the Taizhang output it is (summary, slips, merged:problem…). */
export function ownedSheetKeys(names: readonly DefinedNameEntry[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of names) {
    const mark = decodeMark(entry.comment);
    if (mark?.kind !== "sheet") continue;
    const at = parseSheetReference(entry.reference);
    if (at !== null && !keys.has(at.sheet)) keys.set(at.sheet, mark.key);
  }
  return keys;
}
