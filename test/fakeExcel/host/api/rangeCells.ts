/**
 * Reading and writing the cells of a range: grids of values, formulas, number formats, text and
 * value types, with Excel's shape rule (a 2-D array the size of the range, or one scalar for
 * every cell) and the typed-input rule of model/typedInput.ts.
 */
import type { Rect } from "../address";
import { rectColumns, rectRows } from "../address";
import { hostError } from "../errors";
import type { HostContext } from "../hostObject";
import { GENERAL } from "../model/cell";
import { displayText } from "../model/displayText";
import type { SheetModel } from "../model/sheet";
import { appliesImpliedFormat, interpretInput } from "../model/typedInput";
import { a1ToR1C1, r1c1ToA1, shiftA1 } from "../formula/references";
import { growTablesBeside } from "./tableGrowth";

export interface RangeState {
  sheet: SheetModel;
  rect: Rect;
}

/** A read of more cells than a response of the payload limit could carry fails before allocating. */
export function assertReadable(state: RangeState, ctx: HostContext, what: string): void {
  const cells = rectRows(state.rect) * rectColumns(state.rect);
  if (cells * 3 > ctx.maxResponseBytes) {
    throw hostError(
      "ResponsePayloadSizeLimitExceeded",
      `reading ${what} of ${cells} cells cannot fit in ${ctx.maxResponseBytes} bytes`,
    );
  }
  if (state.sheet.deleted)
    throw hostError("ItemNotFound", `sheet "${state.sheet.name}" was deleted`);
}

export function readGrid<T>(
  state: RangeState,
  ctx: HostContext,
  what: string,
  read: (row: number, column: number) => T,
): T[][] {
  assertReadable(state, ctx, what);
  const out: T[][] = [];
  for (let r = state.rect.top; r <= state.rect.bottom; r++) {
    const line: T[] = [];
    for (let c = state.rect.left; c <= state.rect.right; c++) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

export function computedAt(state: RangeState, ctx: HostContext, row: number, column: number) {
  return ctx.workbook.computedValue(state.sheet, row, column, state.sheet.peek(row, column));
}

export function readValues(state: RangeState, ctx: HostContext) {
  return readGrid(state, ctx, "values", (r, c) => computedAt(state, ctx, r, c));
}

export function readFormulas(state: RangeState, ctx: HostContext) {
  return readGrid(state, ctx, "formulas", (r, c) => {
    const cell = state.sheet.peek(r, c);
    return cell?.formula ?? cell?.value ?? "";
  });
}

export function readFormulasR1C1(state: RangeState, ctx: HostContext) {
  return readGrid(state, ctx, "formulasR1C1", (r, c) => {
    const cell = state.sheet.peek(r, c);
    return cell?.formula !== undefined ? a1ToR1C1(cell.formula, r, c) : (cell?.value ?? "");
  });
}

export function readNumberFormats(state: RangeState, ctx: HostContext) {
  return readGrid(
    state,
    ctx,
    "numberFormat",
    (r, c) => state.sheet.peek(r, c)?.numberFormat ?? GENERAL,
  );
}

export function readText(state: RangeState, ctx: HostContext) {
  return readGrid(state, ctx, "text", (r, c) =>
    displayText(state.sheet.peek(r, c), computedAt(state, ctx, r, c)),
  );
}

export function readValueTypes(state: RangeState, ctx: HostContext) {
  return readGrid(state, ctx, "valueTypes", (r, c) => {
    const cell = state.sheet.peek(r, c);
    const value = computedAt(state, ctx, r, c);
    if (value === "" && cell?.formula === undefined) return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    if (cell?.formula !== undefined && /^#[A-Z0-9/!?]+[!?A]?$/.test(value)) return "Error";
    return "String";
  });
}

/** Checks Excel's shape rule and returns a per-cell accessor. */
export function shapedInput(
  input: unknown,
  state: RangeState,
  what: string,
): (r: number, c: number) => unknown {
  const rows = rectRows(state.rect);
  const columns = rectColumns(state.rect);
  if (!Array.isArray(input)) return () => input;
  const ok =
    input.length === rows && input.every((line) => Array.isArray(line) && line.length === columns);
  if (!ok) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw hostError(
      "InvalidArgument",
      `${what}: the array is ${got} but the range ${rows}×${columns}; the dimensions must match the range`,
    );
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/**
 * Writes values or formulas as Excel does when a user types them. Formulas are A1 text unless
 * `notation` is "R1C1" (then each cell's formula is read relative to that cell). One A1 formula
 * given for a whole range (a single value, not an array) fills it like a fill-down/right from the
 * top-left cell: relative references move per cell, `$` ones stay, as when a user types a formula
 * into a selection and confirms with Ctrl+Enter. A 2-D array is stored cell by cell as written.
 */
export function writeContent(
  state: RangeState,
  input: unknown,
  ctx: HostContext,
  what: string,
  notation: "A1" | "R1C1" = "A1",
): void {
  const wb = ctx.workbook;
  wb.assertWritable(state.sheet, what);
  const at = shapedInput(input, state, what);
  const planned: {
    r: number;
    c: number;
    stored: NonNullable<ReturnType<typeof interpretInput>>;
  }[] = [];
  for (let r = state.rect.top; r <= state.rect.bottom; r++) {
    for (let c = state.rect.left; c <= state.rect.right; c++) {
      const format = state.sheet.peek(r, c)?.numberFormat ?? GENERAL;
      const stored = interpretInput(
        at(r - state.rect.top, c - state.rect.left),
        format,
        `${what} at row ${r + 1}`,
      );
      if (stored?.formula !== undefined) {
        if (notation === "R1C1") stored.formula = r1c1ToA1(stored.formula, r, c);
        else if (!Array.isArray(input))
          stored.formula = shiftA1(stored.formula, r - state.rect.top, c - state.rect.left);
      }
      if (stored) planned.push({ r, c, stored });
    }
  }
  if (planned.length > 0) wb.noteChange(state.sheet, state.rect);
  for (const { r, c, stored } of planned) {
    wb.writeContent(state.sheet, r, c, stored.value, stored.formula);
    const cell = state.sheet.cell(r, c);
    if (stored.impliedFormat && appliesImpliedFormat(cell.numberFormat)) {
      wb.writeNumberFormat(state.sheet, r, c, stored.impliedFormat);
    }
  }
  if (planned.length > 0) growTablesBeside(wb, state.sheet, state.rect);
}

export function writeNumberFormats(state: RangeState, input: unknown, ctx: HostContext): void {
  ctx.workbook.assertWritable(state.sheet, "Range.numberFormat");
  const at = shapedInput(input, state, "Range.numberFormat");
  ctx.workbook.noteFormatChange(state.sheet, state.rect);
  for (let r = state.rect.top; r <= state.rect.bottom; r++) {
    for (let c = state.rect.left; c <= state.rect.right; c++) {
      const format = at(r - state.rect.top, c - state.rect.left);
      if (format === null || format === undefined) continue;
      if (typeof format !== "string")
        throw hostError(
          "InvalidArgument",
          `Range.numberFormat: ${JSON.stringify(format)} is not a format string`,
        );
      ctx.workbook.writeNumberFormat(state.sheet, r, c, format);
    }
  }
}
