import { columnLetter } from "../../core/model/address";

// Plans write formulas in R1C1 notation (one text for every row); a file stores A1 notation,
// relative to the cell the formula sits in. Text in quotes, quoted sheet names and names that
// are not references (TRIM, ISNUMBER, TODAY) pass through unchanged.

const PART = String.raw`(\[-?\d+\]|\d+)?`;
// Sticky: each is tried at one position, where an identifier starts.
const CELL = new RegExp(String.raw`[Rr]${PART}[Cc]${PART}(?![\w.(\[])`, "y");
const ROW = new RegExp(String.raw`[Rr]${PART}(?![\w.(\[])`, "y");
const COLUMN = new RegExp(String.raw`[Cc]${PART}(?![\w.(\[])`, "y");
const IDENTIFIER = /[\w.\\]+/y;

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function offset(part: string | undefined, here: number): { index: number; absolute: boolean } {
  if (part === undefined) return { index: here, absolute: false };
  if (part.startsWith("[")) return { index: here + Number(part.slice(1, -1)), absolute: false };
  return { index: Number(part) - 1, absolute: true };
}

function rowText(part: string | undefined, row: number): string {
  const r = offset(part, row);
  return `${r.absolute ? "$" : ""}${r.index + 1}`;
}

function columnText(part: string | undefined, column: number): string {
  const c = offset(part, column);
  return `${c.absolute ? "$" : ""}${columnLetter(c.index)}`;
}

/**
 * An R1C1 formula as A1 for the cell at (row, column), 0-based. The leading "=" is dropped, as
 * SpreadsheetML stores formulas without it.
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === ch) {
          if (text[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_\\]/.test(ch)) {
      const cell = at(CELL, text, i);
      if (cell) {
        out += columnText(cell[2], column) + rowText(cell[1], row);
        i += cell[0].length;
        continue;
      }
      // A whole row (R2) or column (C[1]), alone or as one end of a range (R1:R3).
      const whole = at(ROW, text, i) ?? at(COLUMN, text, i);
      if (whole) {
        const part =
          whole[0].startsWith("R") || whole[0].startsWith("r")
            ? rowText(whole[1], row)
            : columnText(whole[1], column);
        const end = i + whole[0].length;
        out += text[end] === ":" || out.endsWith(":") ? part : `${part}:${part}`;
        i = end;
        continue;
      }
      const name = at(IDENTIFIER, text, i)?.[0] ?? ch;
      out += name;
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
