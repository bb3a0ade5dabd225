/**
 * A small formula engine, opt-in (`createFakeExcel({ workbook: { formulaEngine: "basic" } })`),
 * for tests that need what a formula shows — a flag column over status cells, a COUNTIF rollup.
 * It covers references on the same or another sheet, arithmetic, comparison, `&`, and the
 * functions in functions.ts; anything else evaluates to #NAME? so a test sees the gap.
 */
import type { Rect } from "../address";
import { MAX_COLUMNS, MAX_ROWS, parseLocalAddress } from "../address";
import type { CellValue } from "../model/cell";
import type { SheetModel } from "../model/sheet";
import type { FormulaEvaluator, WorkbookModel } from "../model/workbook";
import { dateToSerial } from "../model/serialDate";
import { ARRAY_FUNCTIONS, lift } from "./arrays";
import { FUNCTIONS, type FunctionContext } from "./functions";
import type { Token } from "./tokens";
import { tokenize } from "./tokens";
import type { ErrorValue, RangeValue, Scalar, Value } from "./values";
import { EMPTY, VALUE_ERROR, compare, isArray, isError, isRange, toNumber, toText } from "./values";

export interface BasicEngineOptions {
  /** The date TODAY() returns, "yyyy-mm-dd" (default: the real date, UTC). */
  today?: string;
}

export function createBasicFormulaEngine(
  workbook: WorkbookModel,
  options: BasicEngineOptions = {},
): FormulaEvaluator {
  const now = new Date();
  const [y, m, d] = (options.today ?? now.toISOString().slice(0, 10)).split("-").map(Number);
  const today = dateToSerial(y ?? 1970, m ?? 1, d ?? 1) ?? 0;
  const visiting = new Set<string>();

  function cellScalar(sheet: SheetModel, row: number, column: number): Scalar {
    const cell = sheet.peek(row, column);
    if (!cell || (cell.value === "" && cell.formula === undefined)) return EMPTY;
    if (cell.formula === undefined) return cell.value;
    const key = `${sheet.id}!${row},${column}`;
    if (visiting.has(key)) return { error: "#REF!" };
    visiting.add(key);
    try {
      return evaluate(cell.formula, sheet);
    } finally {
      visiting.delete(key);
    }
  }

  function evaluate(formula: string, sheet: SheetModel): Scalar {
    let tokens: Token[];
    try {
      tokens = tokenize(formula);
    } catch {
      return { error: "#NAME?" };
    }
    const parser = new Parser(tokens, sheet, workbook, cellScalar, today);
    const value = parser.parseFormula();
    if (isArray(value)) return value.array[0]?.[0] ?? EMPTY;
    return isRange(value) ? VALUE_ERROR : value;
  }

  return (formula, sheetName) => {
    const sheet = workbook.findSheet(sheetName);
    if (!sheet) return "#REF!";
    const v = evaluate(formula, sheet);
    return toCellValue(v);
  };
}

function toCellValue(v: Scalar): CellValue {
  if (v === EMPTY) return 0;
  if (isError(v)) return v.error;
  return v;
}

class Parser {
  private i = 0;
  /** Set by a malformed array constant: Excel would not accept the formula at all. */
  private malformed = false;

  constructor(
    private readonly tokens: Token[],
    private readonly sheet: SheetModel,
    private readonly workbook: WorkbookModel,
    private readonly cellScalar: (sheet: SheetModel, row: number, column: number) => Scalar,
    private readonly today: number,
  ) {}

  parseFormula(): Value {
    const v = this.comparison();
    if (this.malformed || this.i < this.tokens.length) return { error: "#NAME?" };
    return v;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.i];
    return t?.kind === "op" && ops.includes(t.value) ? t.value : null;
  }

  private comparison(): Value {
    let left = this.concat();
    for (
      let op = this.peekOp("=", "<>", "<", ">", "<=", ">=");
      op;
      op = this.peekOp("=", "<>", "<", ">", "<=", ">=")
    ) {
      this.i++;
      const right = this.concat();
      left = lift([left, right], ([x, y]) => {
        const a = this.scalar(x as Value);
        const b = this.scalar(y as Value);
        if (isError(a)) return a;
        if (isError(b)) return b;
        const c = compare(a, b);
        return op === "="
          ? c === 0
          : op === "<>"
            ? c !== 0
            : op === "<"
              ? c < 0
              : op === ">"
                ? c > 0
                : op === "<="
                  ? c <= 0
                  : c >= 0;
      });
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peekOp("&")) {
      this.i++;
      const right = this.additive();
      left = lift([left, right], ([x, y]) => {
        const a = toText(this.scalar(x as Value));
        const b = toText(this.scalar(y as Value));
        if (isError(a)) return a;
        if (isError(b)) return b;
        return a + b;
      });
    }
    return left;
  }

  private arithmetic(
    next: () => Value,
    ops: string[],
    apply: (op: string, a: number, b: number) => number | ErrorValue,
  ): Value {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      const right = next();
      left = lift([left, right], ([x, y]) => {
        const a = toNumber(this.scalar(x as Value));
        const b = toNumber(this.scalar(y as Value));
        if (isError(a)) return a;
        if (isError(b)) return b;
        return apply(op, a, b);
      });
    }
    return left;
  }

  private additive(): Value {
    return this.arithmetic(
      () => this.term(),
      ["+", "-"],
      (op, a, b) => (op === "+" ? a + b : a - b),
    );
  }

  private term(): Value {
    return this.arithmetic(
      () => this.power(),
      ["*", "/"],
      (op, a, b) => (op === "*" ? a * b : b === 0 ? { error: "#DIV/0!" } : a / b),
    );
  }

  private power(): Value {
    return this.arithmetic(
      () => this.unary(),
      ["^"],
      (_op, a, b) => a ** b,
    );
  }

  private unary(): Value {
    const op = this.peekOp("-", "+", "@");
    if (op) {
      this.i++;
      const v = this.unary();
      if (op !== "-") return v;
      return lift([v], ([x]) => {
        const n = toNumber(this.scalar(x as Value));
        return isError(n) ? n : -n;
      });
    }
    let v = this.primary();
    while (this.peekOp("%")) {
      this.i++;
      const n = toNumber(this.scalar(v));
      v = isError(n) ? n : n / 100;
    }
    return v;
  }

  private primary(): Value {
    const t = this.tokens[this.i++];
    if (!t) return VALUE_ERROR;
    switch (t.kind) {
      case "number":
      case "string":
        return t.value;
      case "error":
        return { error: t.value };
      case "ref":
        return this.reference(t.sheet, t.text);
      case "name":
        if (t.value === "TRUE" || t.value === "FALSE") {
          if (!this.peekOp("(")) return t.value === "TRUE";
        }
        return this.call(t.value);
      case "op":
        if (t.value === "(") {
          const v = this.comparison();
          if (!this.peekOp(")")) return { error: "#NAME?" };
          this.i++;
          return v;
        }
        if (t.value === "{") return this.arrayConstant();
        return { error: "#NAME?" };
    }
  }

  /** {1,2;3,4}: constants only (numbers, strings, booleans, errors), "," between columns, ";" between rows. */
  private arrayConstant(): Value {
    const rows: Scalar[][] = [[]];
    for (;;) {
      const negative = this.peekOp("-") !== null;
      if (negative) this.i++;
      const t = this.tokens[this.i++];
      let item: Scalar;
      if (t?.kind === "number") item = negative ? -t.value : t.value;
      else if (negative) return this.malformedArray();
      else if (t?.kind === "string") item = t.value;
      else if (t?.kind === "error") item = { error: t.value };
      else if (t?.kind === "name" && (t.value === "TRUE" || t.value === "FALSE"))
        item = t.value === "TRUE";
      else return this.malformedArray();
      rows[rows.length - 1]?.push(item);
      const sep = this.peekOp(",", ";", "}");
      if (!sep) return this.malformedArray();
      this.i++;
      if (sep === "}") break;
      if (sep === ";") rows.push([]);
    }
    const width = rows[0]?.length ?? 0;
    return rows.every((r) => r.length === width) ? { array: rows } : this.malformedArray();
  }

  private malformedArray(): Value {
    this.malformed = true;
    return { error: "#NAME?" };
  }

  private call(name: string): Value {
    if (!this.peekOp("(")) return { error: "#NAME?" };
    this.i++;
    const args: Value[] = [];
    if (this.peekOp(")")) this.i++;
    else {
      for (;;) {
        args.push(this.peekOp(",", ";") || this.peekOp(")") ? EMPTY : this.comparison());
        const sep = this.peekOp(",", ";", ")");
        if (!sep) return { error: "#NAME?" };
        this.i++;
        if (sep === ")") break;
      }
    }
    const fn = FUNCTIONS[name];
    if (!fn) return { error: "#NAME?" };
    const context: FunctionContext = {
      cells: (v: Value): Scalar[] =>
        isRange(v) ? this.cells(v) : isArray(v) ? v.array.flat() : [this.scalar(v)],
      scalar: (v: Value) => this.scalar(v),
      today: this.today,
    };
    // A function that expects one value runs once per element of an array constant given to it.
    if (ARRAY_FUNCTIONS.has(name)) return fn(args, context);
    return lift(args, (each) => fn(each, context));
  }

  private reference(sheetName: string | null, text: string): Value {
    const sheet = sheetName === null ? this.sheet : this.workbook.findSheet(sheetName);
    if (!sheet || sheet.deleted) return { error: "#REF!" };
    let rect: Rect;
    try {
      rect = parseLocalAddress(text);
    } catch {
      return { error: "#REF!" };
    }
    if (rect.top === rect.bottom && rect.left === rect.right)
      return this.cellScalar(sheet, rect.top, rect.left);
    return { sheet, rect };
  }

  /** Row by row. A whole column (A:A) or row (2:2) stops at the sheet's used range, so it costs
   * what the sheet holds (its blank cells past that are not counted); whole columns stay aligned
   * with each other (COUNTIFS). */
  private cells(v: RangeValue): Scalar[] {
    const out: Scalar[] = [];
    const used = v.sheet.usedRect(false);
    const bottom =
      v.rect.bottom === MAX_ROWS - 1 ? Math.min(v.rect.bottom, used?.bottom ?? -1) : v.rect.bottom;
    const right =
      v.rect.right === MAX_COLUMNS - 1 ? Math.min(v.rect.right, used?.right ?? -1) : v.rect.right;
    for (let r = v.rect.top; r <= bottom; r++) {
      for (let c = v.rect.left; c <= right; c++) out.push(this.cellScalar(v.sheet, r, c));
    }
    return out;
  }

  private scalar(v: Value): Scalar {
    if (isArray(v)) return v.array[0]?.[0] ?? EMPTY;
    return isRange(v) ? VALUE_ERROR : v;
  }
}
