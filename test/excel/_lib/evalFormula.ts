/**
 * A tiny evaluator for the formulas the add-in writes (IF, AND, OR, ISNUMBER, MATCH over an
 * array constant, TRIM, DATE, TODAY, &, + -, comparisons, R1C1 references on the same row), so
 * tests can check what a colleague without the add-in would see after editing a status.
 */
import { isoToSerial } from "../../../src/core/plan/formats";

type Value = string | number | boolean | null | string[] | { error: string };
/** Column 1-based; row 1-based for an A1 reference, undefined for the formula's own row (RCn). */
export type CellLookup = (column: number, row?: number) => string | number | boolean | null;

export function evalFormula(formula: string, cell: CellLookup, today = "2021-06-30"): Value {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  const peek = (s: string) => src.startsWith(s, i);
  const eat = (s: string) => {
    if (!peek(s)) throw new Error(`expected ${s} at ${i} in ${formula}`);
    i += s.length;
  };
  const text = (v: Value): string => (v === null ? "" : typeof v === "object" ? "" : String(v));
  const num = (v: Value): number =>
    typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === null ? 0 : Number(v);

  function comparison(): Value {
    const left = concat();
    for (const op of ["<=", ">=", "<>", "=", "<", ">"]) {
      if (peek(op)) {
        eat(op);
        const right = concat();
        const a = typeof left === "string" || typeof right === "string" ? text(left) : num(left);
        const b = typeof left === "string" || typeof right === "string" ? text(right) : num(right);
        if (op === "=") return a === b;
        if (op === "<>") return a !== b;
        if (op === "<") return a < b;
        if (op === ">") return a > b;
        if (op === "<=") return a <= b;
        return a >= b;
      }
    }
    return left;
  }
  function concat(): Value {
    let v = additive();
    while (peek("&")) {
      eat("&");
      v = text(v) + text(additive());
    }
    return v;
  }
  function additive(): Value {
    let v = primary();
    while (peek("+") || peek("-")) {
      const op = src[i++];
      const r = primary();
      v = op === "+" ? num(v) + num(r) : num(v) - num(r);
    }
    return v;
  }
  function primary(): Value {
    if (peek('"')) {
      eat('"');
      let s = "";
      for (;;) {
        if (peek('""')) {
          s += '"';
          i += 2;
        } else if (peek('"')) {
          i++;
          return s;
        } else s += src[i++];
      }
    }
    if (peek("{")) {
      eat("{");
      const items: string[] = [];
      while (!peek("}")) {
        items.push(text(primary()));
        if (peek(",")) eat(",");
      }
      eat("}");
      return items;
    }
    const ref = /^RC(\d+)/.exec(src.slice(i));
    if (ref && !/^RC\d+\(/.test(src.slice(i))) {
      i += ref[0].length;
      return cell(Number(ref[1]));
    }
    const a1 = /^\$?([A-Z]{1,3})\$?(\d+)(?![\d(A-Z])/.exec(src.slice(i));
    if (a1 && a1[1] !== undefined && !/^(TRUE|FALSE)/.test(src.slice(i))) {
      i += a1[0].length;
      const column = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return cell(column, Number(a1[2]));
    }
    const n = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (n) {
      i += n[0].length;
      return Number(n[0]);
    }
    const bool = /^(TRUE|FALSE)(?!\()/.exec(src.slice(i));
    if (bool) {
      i += bool[0].length;
      return bool[1] === "TRUE";
    }
    const fn = /^([A-Z]+)\(/.exec(src.slice(i));
    if (!fn || fn[1] === undefined)
      throw new Error(`unexpected ${src.slice(i, i + 10)} in ${formula}`);
    i += fn[0].length;
    const args: Value[] = [];
    while (!peek(")")) {
      args.push(comparison());
      if (peek(",")) eat(",");
    }
    eat(")");
    return call(fn[1], args);
  }
  function call(name: string, a: Value[]): Value {
    switch (name) {
      case "IF":
        return a[0] === true ? (a[1] ?? null) : (a[2] ?? false);
      case "AND":
        return a.every((x) => x === true);
      case "OR":
        return a.some((x) => x === true);
      case "NOT":
        return a[0] !== true;
      case "ISNUMBER":
        return typeof a[0] === "number";
      case "TRIM":
        return text(a[0] ?? null)
          .trim()
          .replace(/ +/g, " ");
      case "MATCH": {
        const list = Array.isArray(a[1]) ? a[1] : [];
        const k = list.indexOf(text(a[0] ?? null));
        return k < 0 ? { error: "#N/A" } : k + 1;
      }
      case "DATE":
        return (
          isoToSerial(
            `${num(a[0] ?? 0)}-${String(num(a[1] ?? 0)).padStart(2, "0")}-${String(num(a[2] ?? 0)).padStart(2, "0")}`,
          ) ?? { error: "#NUM!" }
        );
      case "TODAY":
        return isoToSerial(today) ?? 0;
      default:
        throw new Error(`function ${name} not supported`);
    }
  }
  const v = comparison();
  if (i !== src.length) throw new Error(`trailing ${src.slice(i)} in ${formula}`);
  return v;
}
