import { cellAddress } from "../../core/model/address";
import type { PlanValue } from "../../core/plan/types";
import { escapeText } from "../package/xml";
import type { SharedStrings } from "./sharedStrings";
import { fileFormula } from "./futureFunctions";

/** A formula as a cell holds it: its own text, or its place in a shared formula. */
export type CellFormula =
  | { text: string }
  /** The first cell of a shared formula: its text and the range it covers. */
  | { text: string; shared: number; ref: string }
  /** A later cell of a shared formula: only the group number. */
  | { shared: number };

export interface CellContent {
  value?: PlanValue;
  formula?: CellFormula;
  /** cellXfs index (0 = default). */
  style: number;
}

/**
 * One `<c>` element. Strings are always shared-string cells (t="s"): text can never become a
 * formula, whatever it starts with ("=", "+", "-", "@"). Formulas carry no cached value; the
 * workbook is marked to calculate on open.
 */
export function cellXml(
  row: number,
  column: number,
  cell: CellContent,
  strings: SharedStrings,
  p = "",
): string {
  const r = cellAddress(row, column);
  const s = cell.style === 0 ? "" : ` s="${cell.style}"`;
  if (cell.formula) {
    const f = cell.formula;
    if ("ref" in f)
      return `<${p}c r="${r}"${s}><${p}f t="shared" ref="${f.ref}" si="${f.shared}">${escapeText(fileFormula(f.text))}</${p}f></${p}c>`;
    if ("shared" in f) return `<${p}c r="${r}"${s}><${p}f t="shared" si="${f.shared}"/></${p}c>`;
    return `<${p}c r="${r}"${s}><${p}f>${escapeText(fileFormula(f.text))}</${p}f></${p}c>`;
  }
  const v = cell.value;
  if (typeof v === "string") {
    if (v === "") return `<${p}c r="${r}"${s}/>`;
    return `<${p}c r="${r}"${s} t="s"><${p}v>${strings.indexOf(v)}</${p}v></${p}c>`;
  }
  if (typeof v === "number" && Number.isFinite(v))
    return `<${p}c r="${r}"${s}><${p}v>${v}</${p}v></${p}c>`;
  if (typeof v === "boolean")
    return `<${p}c r="${r}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${s}/>`;
}

/** Excel's column width unit (characters of the default font's digit, about 7 px at 11 pt)
 * from points, the unit plans (and Office.js) use. */
export function widthInCharacters(points: number): number {
  const pixels = (points * 96) / 72;
  return Math.round((pixels / 7) * 256) / 256;
}
