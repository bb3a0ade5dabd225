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
