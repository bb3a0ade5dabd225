/**
 * Arrays in formulas as Excel evaluates them without Ctrl+Shift+Enter: an array constant given
 * where a function expects one value makes the function run once per element (the classic
 * =MIN(FIND({"(",","},A1&"(,")) works in every Excel), operators pair elements of two arrays
 * (one row or column is repeated along the other), and functions that take arrays (SUMPRODUCT,
 * MIN, MAX, SUM, LOOKUP, MATCH, AND, OR, COUNT) take them whole. A formula whose result is an
 * array shows its first element in its cell. Only array constants and what is computed from them
 * are arrays here: a range given where one value is expected stays implicit intersection's job.
 */
import type { ArrayValue, Scalar, Value } from "./values";
import { EMPTY, isArray } from "./values";

/** Functions that take a whole array as an argument: they are never run element by element. */
export const ARRAY_FUNCTIONS: ReadonlySet<string> = new Set([
  "SUMPRODUCT",
  "SUM",
  "MIN",
  "MAX",
  "AVERAGE",
  "COUNT",
  "COUNTA",
  "AND",
  "OR",
  "LOOKUP",
  "MATCH",
  "INDEX",
  "IF",
]);

function shape(v: ArrayValue): [number, number] {
  return [v.array.length, v.array[0]?.length ?? 0];
}

/** The element of `v` at (r, c), repeating a single row, column or value as Excel does. */
function at(v: Value, r: number, c: number): Value {
  if (!isArray(v)) return v;
  const [rows, columns] = shape(v);
  const row = v.array[rows === 1 ? 0 : r];
  if (row === undefined) return { error: "#N/A" };
  return row[columns === 1 ? 0 : c] ?? { error: "#N/A" };
}

/**
 * Runs `f` once per element when any argument is an array; the result has the widest shape of
 * them (Excel gives #N/A where a shorter array runs out).
 */
export function lift(args: readonly Value[], f: (args: Value[]) => Value): Value {
  const arrays = args.filter(isArray);
  if (arrays.length === 0) return f([...args]);
  const rows = Math.max(...arrays.map((a) => shape(a)[0]));
  const columns = Math.max(...arrays.map((a) => shape(a)[1]));
  const out: Scalar[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < columns; c++) {
      const v = f(args.map((a) => at(a, r, c)));
      line.push(isArray(v) ? (v.array[0]?.[0] ?? EMPTY) : (v as Scalar));
    }
    out.push(line);
  }
  return { array: out };
}
