import type { FakeExcel, FormulaEvaluator } from "../../fake-excel";
import { evalFormula } from "./evalFormula";

/** A formula engine for the fake host, enough for the flag formulas: lets tests see the flag a
 * colleague sees, and the static-fill fallback read what Excel computed. */
export function flagEvaluator(get: () => FakeExcel | undefined): FormulaEvaluator {
  const evaluate: FormulaEvaluator = (formula, sheetName, address) => {
    const fx = get();
    const sheet = fx?.workbook.findSheet(sheetName);
    const row = Number(/\d+$/.exec(address)?.[0] ?? "1");
    if (!fx || !sheet) return "#REF!";
    const value = evalFormula(formula, (column, r) => {
      const cell = sheet.peek((r ?? row) - 1, column - 1);
      if (!cell) return null;
      const shown =
        cell.formula !== undefined ? evaluate(cell.formula, sheetName, `A${r ?? row}`) : cell.value;
      return shown === "" ? null : shown;
    });
    if (value === null) return "";
    if (typeof value === "object") return Array.isArray(value) ? "#VALUE!" : value.error;
    return value;
  };
  return evaluate;
}
