import { MAX_COLUMNS, parseAddress } from "../../core/model/address";
import { childPrefix } from "../package/childOrder";
import { childElement, nextTag, rootElement, tagEnd } from "../package/xml";

/** The cells of a worksheet that hold a formula, as `row * MAX_COLUMNS + column` (0-based). */
export type FormulaCells = ReadonlySet<number>;

export function formulaKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

const ADDRESS = /\sr="([^"]*)"/;

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/**
 * Which cells of a worksheet part hold a formula (`<f>`, shared-formula children included). The
 * reader hands out a formula's cached value like any value; what the ownership rules need is the
 * difference: an owned column holds formulas only, so a constant in it is what a person typed
 * there, and an owned sheet's fingerprint is taken over its constants. Only the formulas are
 * looked at (each one's cell found by the cell tag before it), so a ledger of many rows and few
 * formulas is not walked tag by tag; a file whose cells carry no address is.
 */
export function formulaCells(xml: string): FormulaCells {
  const root = rootElement(xml);
  const sheetData = childElement(xml, root, "sheetData");
  const found = new Set<number>();
  if (!sheetData) return found;
  const p = childPrefix(root);
  const formulaOpen = `<${p}f`;
  const cellOpen = `<${p}c`;
  const { innerStart, innerEnd } = sheetData;
  for (let at = xml.indexOf(formulaOpen, innerStart); at >= 0 && at < innerEnd;) {
    if (!isNameEnd(xml.charCodeAt(at + formulaOpen.length))) {
      at = xml.indexOf(formulaOpen, at + 1);
      continue;
    }
    let cell = xml.lastIndexOf(cellOpen, at);
    while (cell >= innerStart && !isNameEnd(xml.charCodeAt(cell + cellOpen.length)))
      cell = xml.lastIndexOf(cellOpen, cell - 1);
    const ref =
      cell >= innerStart ? ADDRESS.exec(xml.slice(cell, tagEnd(xml, cell)))?.[1] : undefined;
    const address = ref === undefined ? null : parseAddress(ref);
    if (!address) return formulaCellsByOrder(xml, innerStart, innerEnd);
    found.add(formulaKey(address.row, address.column));
    at = xml.indexOf(formulaOpen, at + 1);
  }
  return found;
}

/** Every tag walked: rows and cells without an address count on from the one before. */
function formulaCellsByOrder(xml: string, from: number, to: number): FormulaCells {
  const found = new Set<number>();
  let row = -1;
  let column = -1;
  let inCell = false;
  for (let tag = nextTag(xml, from, to); tag; tag = nextTag(xml, tag.end, to)) {
    if (tag.local === "row" && tag.kind !== "close") {
      const r = ADDRESS.exec(xml.slice(tag.start, tag.end))?.[1];
      row = r === undefined ? row + 1 : Number(r) - 1;
      column = -1;
    } else if (tag.local === "c" && tag.kind !== "close") {
      const r = ADDRESS.exec(xml.slice(tag.start, tag.end))?.[1];
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
