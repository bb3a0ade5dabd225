import { MAX_COLUMNS, parseAddress } from "../../core/model/address";
import { childElement, nextTag, rootElement } from "../package/xml";

/** The cells of a worksheet that hold a formula, as `row * MAX_COLUMNS + column` (0-based). */
export type FormulaCells = ReadonlySet<number>;

export function formulaKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/**
 * Which cells of a worksheet part hold a formula (`<f>`, shared-formula children included). The
 * reader hands out a formula's cached value like any value; what the ownership rules need is the
 * difference: an owned column holds formulas only, so a constant in it is what a person typed
 * there, and an owned sheet's fingerprint is taken over its constants. Rows and cells written
 * without an address (some writers leave `r` out) count on from the one before, as readers do.
 */
export function formulaCells(xml: string): FormulaCells {
  const found = new Set<number>();
  const sheetData = childElement(xml, rootElement(xml), "sheetData");
  if (!sheetData) return found;
  let row = -1;
  let column = -1;
  let inCell = false;
  for (
    let tag = nextTag(xml, sheetData.innerStart, sheetData.innerEnd);
    tag;
    tag = nextTag(xml, tag.end, sheetData.innerEnd)
  ) {
    if (tag.local === "row" && tag.kind !== "close") {
      const r = /\sr="(\d+)"/.exec(xml.slice(tag.start, tag.end))?.[1];
      row = r === undefined ? row + 1 : Number(r) - 1;
      column = -1;
    } else if (tag.local === "c" && tag.kind !== "close") {
      const r = /\sr="([^"]*)"/.exec(xml.slice(tag.start, tag.end))?.[1];
      const at = r === undefined ? null : parseAddress(r);
      column = at ? at.column : column + 1;
      if (at) row = at.row;
      inCell = tag.kind === "open";
    } else if (tag.local === "c") {
      inCell = false;
    } else if (tag.local === "f" && tag.kind !== "close" && inCell) {
      found.add(formulaKey(row, column));
    }
  }
  return found;
}
