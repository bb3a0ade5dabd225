/** Data validation as Excel keeps it: rules attached to areas; the latest rule wins where areas overlap. */
import type { Rect } from "../address";

export interface ValidationSettings {
  rule: Record<string, unknown>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export interface ValidationEntry {
  rect: Rect;
  settings: ValidationSettings;
}

export function defaultValidation(): ValidationSettings {
  return {
    rule: {},
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    prompt: { message: "", showPrompt: false, title: "" },
    ignoreBlanks: true,
  };
}

/** The rule that governs one cell: the latest entry covering it, as Excel keeps them. */
export function validationAt(
  validations: readonly ValidationEntry[],
  row: number,
  column: number,
): ValidationSettings | null {
  for (let i = validations.length - 1; i >= 0; i--) {
    const v = validations[i] as ValidationEntry;
    const r = v.rect;
    if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return v.settings;
  }
  return null;
}

/**
 * The items a list rule offers when its source is typed text: Excel splits the text at every
 * comma, so an item that itself contains a comma becomes two items ("甲,乙" offers 甲 and 乙).
 * Excel has no escape for the comma (office-js-docs-pr, excel-add-ins-data-validation.md: a
 * list source may be "a comma-delimited list"). Spaces around an item are dropped, as Excel's
 * drop-down shows them (undocumented; the fake's choice). A source that is a reference
 * ("=$A$1:$A$5") answers null: its items are cells, not text.
 */
export function listItemsOf(settings: ValidationSettings): string[] | null {
  const list = settings.rule["list"] as { source?: unknown } | undefined;
  if (!list || typeof list.source !== "string" || list.source.startsWith("=")) return null;
  return list.source.split(",").map((item) => item.trim());
}
