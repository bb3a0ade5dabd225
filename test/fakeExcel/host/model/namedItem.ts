/**
 * Defined names over a range, workbook- or worksheet-scoped. Like Excel's names they follow
 * the cells: inserting rows or columns before or inside the range moves or grows it, deleting
 * some of its rows shrinks it, and deleting all of them (or its sheet) leaves the name
 * pointing at #REF! (support.microsoft.com, "Define and use names in formulas"; a name is a
 * formula such as =Sheet1!$A$1:$B$9 and Excel adjusts it like any other reference).
 */
import type { Rect } from "../address";
import type { SheetModel } from "./sheet";

export interface NamedItemModel {
  name: string;
  /** The sheet whose `names` hold the item; null for a workbook-scoped name. */
  scope: SheetModel | null;
  /** The range named; null once its cells or its sheet were deleted (the name reads #REF!). */
  target: { sheet: SheetModel; rect: Rect } | null;
  comment: string;
  visible: boolean;
}

/** Names visible through one `names` collection: the workbook's (scope null) or one sheet's. */
export function namesInScope(
  names: readonly NamedItemModel[],
  scope: SheetModel | null,
): NamedItemModel[] {
  return names.filter((n) => n.scope === scope);
}

/** A sheet was deleted: its own names go, names that pointed into it read #REF!. */
export function forgetSheetInNames(names: NamedItemModel[], sheet: SheetModel): void {
  for (let i = names.length - 1; i >= 0; i--) {
    const item = names[i] as NamedItemModel;
    if (item.scope === sheet) names.splice(i, 1);
    else if (item.target?.sheet === sheet) item.target = null;
  }
}
