/**
 * Rewriting the references inside a formula's text, as Excel does when an add-in writes
 * `formulasR1C1` (R1C1 → A1 relative to each cell), reads it (A1 → R1C1), or writes one A1
 * formula into many cells (relative parts move per cell, `$` parts stay). String literals and
 * names are copied untouched; a reference that a fill would push off the sheet becomes #REF!.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetters } from "../address";

/** One side of a reference: a cell, a whole column or a whole row; each part absolute or relative. */
interface Part {
  row?: { n: number; absolute: boolean };
  column?: { n: number; absolute: boolean };
}
interface Reference {
  start: Part;
  end?: Part;
}
type Rewrite = (ref: Reference) => string | null;

const SHEET_PREFIX = /^(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/u;
const IDENT_CHAR = /[\p{L}\p{N}_.$]/u;

const A1_CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const A1_COLUMN = /^(\$?)([A-Za-z]{1,3})/;
const A1_ROW = /^(\$?)(\d{1,7})/;
const R1C1_AXIS = /^([RrCc])(?:\[(-?\d+)\]|(\d+))?/;

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 side: "$B$3", "B3", "$B", "3" (0-based n). */
function readA1Part(s: string, kind: "cell" | "column" | "row"): [Part, number] | null {
  if (kind === "cell") {
    const m = A1_CELL.exec(s);
    if (!m) return null;
    const column = lettersToColumn(m[2] ?? "");
    const row = Number(m[4]) - 1;
    if (column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
    return [
      { row: { n: row, absolute: m[3] === "$" }, column: { n: column, absolute: m[1] === "$" } },
      m[0].length,
    ];
  }
  if (kind === "column") {
    const m = A1_COLUMN.exec(s);
    if (!m) return null;
    const column = lettersToColumn(m[2] ?? "");
    return column < MAX_COLUMNS
      ? [{ column: { n: column, absolute: m[1] === "$" } }, m[0].length]
      : null;
  }
  const m = A1_ROW.exec(s);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  return row >= 0 && row < MAX_ROWS
    ? [{ row: { n: row, absolute: m[1] === "$" } }, m[0].length]
    : null;
}

function readA1(s: string): [Reference, number] | null {
  for (const kind of ["cell", "column", "row"] as const) {
    const first = readA1Part(s, kind);
    if (!first) continue;
    const [start, used] = first;
    if (s[used] === ":") {
      const second = readA1Part(s.slice(used + 1), kind);
      if (second) return [{ start, end: second[0] }, used + 1 + second[1]];
    }
    if (kind === "cell") return [{ start }, used];
  }
  return null;
}

/** R1C1 side: "R2C3", "R[-1]C", "RC[2]", "R2" (whole row), "C[1]" (whole column); n relative to (row, column). */
function readR1C1Part(s: string, row: number, column: number): [Part, number] | null {
  const part: Part = {};
  let used = 0;
  for (const axis of ["R", "C"] as const) {
    const m = R1C1_AXIS.exec(s.slice(used));
    if (!m || (m[1] ?? "").toUpperCase() !== axis) continue;
    const here = axis === "R" ? row : column;
    const size = axis === "R" ? MAX_ROWS : MAX_COLUMNS;
    let n: number;
    let absolute = false;
    if (m[3] !== undefined) {
      n = Number(m[3]) - 1;
      absolute = true;
      if (n < 0 || n >= size) return null;
    } else {
      // A relative R1C1 reference past the sheet's edge wraps around, as in Excel.
      n = (((here + Number(m[2] ?? 0)) % size) + size) % size;
    }
    if (axis === "R") part.row = { n, absolute };
    else part.column = { n, absolute };
    used += m[0].length;
  }
  return used === 0 ? null : [part, used];
}

function readR1C1(s: string, row: number, column: number): [Reference, number] | null {
  const first = readR1C1Part(s, row, column);
  if (!first) return null;
  const [start, used] = first;
  if (s[used] === ":") {
    const second = readR1C1Part(s.slice(used + 1), row, column);
    if (second && kindOf(second[0]) === kindOf(start))
      return [{ start, end: second[0] }, used + 1 + second[1]];
  }
  return [{ start }, used];
}

function kindOf(p: Part): "cell" | "row" | "column" {
  return p.row && p.column ? "cell" : p.row ? "row" : "column";
}

/** Walks the formula, copying strings and names and handing each reference to `rewrite`. */
function rewriteReferences(
  formula: string,
  read: (s: string) => [Reference, number] | null,
  rewrite: Rewrite,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const boundary = i === 0 || !IDENT_CHAR.test(formula[i - 1] ?? "");
    if (boundary) {
      const rest = formula.slice(i);
      const prefix = SHEET_PREFIX.exec(rest)?.[0] ?? "";
      const found = read(rest.slice(prefix.length));
      const after = found ? rest.slice(prefix.length + found[1]) : "";
      if (found && !IDENT_CHAR.test(after[0] ?? "") && !/^\s*[(!]/.test(after)) {
        const text = rewrite(found[0]);
        out += text === null ? "#REF!" : prefix + text;
        i += prefix.length + found[1];
        continue;
      }
      if (prefix) {
        out += prefix;
        i += prefix.length;
        continue;
      }
    }
    // Copy a whole name at once so its tail is not read as a reference.
    const name = /^[\p{L}_\d.$][\p{L}\p{N}_.$]*/u.exec(formula.slice(i))?.[0];
    out += name ?? ch;
    i += name ? name.length : 1;
  }
  return out;
}

function a1Part(p: Part): string {
  const column = p.column ? `${p.column.absolute ? "$" : ""}${columnLetters(p.column.n)}` : "";
  const row = p.row ? `${p.row.absolute ? "$" : ""}${p.row.n + 1}` : "";
  return column + row;
}

function r1c1Axis(axis: "R" | "C", ref: { n: number; absolute: boolean }, here: number): string {
  if (ref.absolute) return `${axis}${ref.n + 1}`;
  const d = ref.n - here;
  return d === 0 ? axis : `${axis}[${d}]`;
}

function r1c1Part(p: Part, row: number, column: number): string {
  return (
    (p.row ? r1c1Axis("R", p.row, row) : "") + (p.column ? r1c1Axis("C", p.column, column) : "")
  );
}

function samePart(a: Part, b: Part): boolean {
  return (
    a.row?.n === b.row?.n &&
    a.row?.absolute === b.row?.absolute &&
    a.column?.n === b.column?.n &&
    a.column?.absolute === b.column?.absolute
  );
}

/** `=R[-1]C[2]` in the cell at (row, column), 0-based → `=C1` style A1 text. */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  return rewriteReferences(
    formula,
    (s) => readR1C1(s, row, column),
    (ref) => {
      const kind = kindOf(ref.start);
      const end = ref.end ?? (kind === "cell" ? undefined : ref.start);
      return end ? `${a1Part(ref.start)}:${a1Part(end)}` : a1Part(ref.start);
    },
  );
}

/** A1 text of the cell at (row, column) → R1C1 text, as `Range.formulasR1C1` reads it. */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  return rewriteReferences(formula, readA1, (ref) => {
    const start = r1c1Part(ref.start, row, column);
    // Excel writes a one-column or one-row span as a single part: $A:$A → C1, 2:2 → R[1].
    if (!ref.end || (kindOf(ref.start) !== "cell" && samePart(ref.start, ref.end))) return start;
    return `${start}:${r1c1Part(ref.end, row, column)}`;
  });
}

/** An A1 formula moved by (rows, columns), as a fill does: relative parts move, `$` parts stay;
 * a reference pushed off the sheet becomes #REF!. */
export function shiftA1(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteReferences(formula, readA1, (ref) => {
    const parts = [ref.start, ...(ref.end ? [ref.end] : [])].map((p) => {
      const moved: Part = {};
      if (p.row) moved.row = { ...p.row, n: p.row.absolute ? p.row.n : p.row.n + rows };
      if (p.column)
        moved.column = { ...p.column, n: p.column.absolute ? p.column.n : p.column.n + columns };
      return moved;
    });
    const outside = parts.some(
      (p) =>
        (p.row && (p.row.n < 0 || p.row.n >= MAX_ROWS)) ||
        (p.column && (p.column.n < 0 || p.column.n >= MAX_COLUMNS)),
    );
    return outside ? null : parts.map(a1Part).join(":");
  });
}
