// Columns are found by what they mean (FieldRole), never by their title or name, so the same
// rollup runs on the shipped descriptors and on a user's own.
import type { FieldRole, Ledger, LedgerField, LedgerRow } from "../model/ledger";

/** The first field of a ledger playing `role`, if any. */
export function fieldFor(ledger: Ledger, role: FieldRole): LedgerField | undefined {
  return ledger.fields.find((field) => field.role === role);
}

/** Every field playing `role`, in sheet order (六个一 has six yes/no columns). */
export function fieldsFor(ledger: Ledger, role: FieldRole): LedgerField[] {
  return ledger.fields.filter((field) => field.role === role);
}

export type CellValue = string | number | boolean | null;

/** Reads one role's value from a row; compiled once per ledger, then called per row. */
export type RoleReader = (row: LedgerRow) => CellValue;

const readNothing: RoleReader = () => null;

/** A reader for the first field with `role`; returns null for every row when there is none. */
export function roleReader(ledger: Ledger, role: FieldRole): RoleReader {
  const field = fieldFor(ledger, role);
  if (!field) return readNothing;
  const name = field.name;
  return (row) => row.cells[name]?.value ?? null;
}

/** The value as trimmed text, or null when empty. */
export function textOf(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    // The reader hands over trimmed text: only trim (and allocate) when an edge is blank.
    if (value === "") return null;
    if (!isBlankCode(value.charCodeAt(0)) && !isBlankCode(value.charCodeAt(value.length - 1)))
      return value;
  }
  const text = String(value).trim();
  return text === "" ? null : text;
}

function isBlankCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

/** The value as a finite number, or null. */
export function numberOf(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value.replace(/[,，\s]/g, ""));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** True for a yes cell (boolean true, or 是/有/√ text the normaliser left as text). */
export function isYes(value: CellValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value > 0;
  if (typeof value === "string") return /^(是|有|已|√|✓|✔|y|yes|true|1)/i.test(value.trim());
  return false;
}
