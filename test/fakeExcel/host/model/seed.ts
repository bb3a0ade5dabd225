/**
 * Building a workbook for a test: sheets with cells as a user left them. Seeds are stored as
 * given (a string stays text even if it looks like a number or a formula); write
 * `{ formula: "=A1" }` for a formula and `{ value, numberFormat }` for a formatted cell.
 */
import { createBasicFormulaEngine } from "../formula/engine";
import type { CellValue } from "./cell";
import { isBlank } from "./cell";
import type { FormulaEvaluator } from "./workbook";
import { WorkbookModel } from "./workbook";

export type CellSeed =
  CellValue | null | { value?: CellValue; formula?: string; numberFormat?: string };

export interface SheetSeed {
  name: string;
  /** Rows from A1 (or from `origin`). */
  cells?: CellSeed[][];
  origin?: { row: number; column: number };
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

export interface WorkbookSeed {
  sheets?: SheetSeed[];
  readOnly?: boolean;
  /** File name reported as workbook.name (default 工作簿1.xlsx). */
  name?: string;
  settings?: Record<string, unknown>;
  /** Index of the active sheet (default 0). */
  active?: number;
  evaluateFormula?: FormulaEvaluator;
  /**
   * "basic": evaluate formulas with the small engine in host/formula (references, arithmetic,
   * comparison, IF/AND/OR/COUNTIF/SEARCH/TODAY…); `today` fixes TODAY() as "yyyy-mm-dd".
   * Default: no engine, formula cells read #CALC!.
   */
  formulaEngine?: "none" | "basic";
  today?: string;
}

export function seedWorkbook(seed: WorkbookSeed = {}): WorkbookModel {
  const wb = new WorkbookModel();
  const sheets = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: "Sheet1" }];
  for (const s of sheets) {
    const sheet = wb.addSheet(s.name, "seed");
    sheet.visibility = s.visibility ?? "Visible";
    sheet.protection.protected = s.protected ?? false;
    sheet.merges = (s.merges ?? []).map((m) => ({ ...m }));
    const top = s.origin?.row ?? 0;
    const left = s.origin?.column ?? 0;
    (s.cells ?? []).forEach((line, r) =>
      line.forEach((seedCell, c) => {
        if (seedCell === null || seedCell === "") return;
        const cell = sheet.cell(top + r, left + c);
        if (typeof seedCell === "object") {
          if (seedCell.value !== undefined) cell.value = seedCell.value;
          if (seedCell.formula !== undefined) cell.formula = seedCell.formula;
          if (seedCell.numberFormat !== undefined) cell.numberFormat = seedCell.numberFormat;
        } else {
          cell.value = seedCell;
        }
        if (!isBlank(cell)) wb.userCells.add(cell);
      }),
    );
  }
  const active = wb.sheets[seed.active ?? 0];
  if (active) wb.activeSheetId = active.id;
  for (const [k, v] of Object.entries(seed.settings ?? {}))
    wb.settings.set(k, JSON.parse(JSON.stringify(v)));
  wb.readOnly = seed.readOnly ?? false;
  if (seed.name !== undefined) wb.name = seed.name;
  if (seed.formulaEngine === "basic") {
    wb.evaluateFormula = createBasicFormulaEngine(
      wb,
      seed.today === undefined ? {} : { today: seed.today },
    );
  }
  if (seed.evaluateFormula) wb.evaluateFormula = seed.evaluateFormula;
  return wb;
}
