import { TaizhangError } from "../core/errors";
import type { Lang } from "../core/model";

/** A failure as the pane shows it: one plain sentence, and details for whoever asks for them. */
export interface ErrorText {
  message: string;
  /** Technical details (message key, Office error code); never a stack trace. */
  details: string;
}

const GENERIC = {
  zh: "操作未能完成。请检查工作簿后重试；如问题持续，请将下方详细信息提供给技术人员。",
  en: "The operation could not be completed. Check the workbook and try again; if it keeps failing, pass the details below to your support staff.",
};

/** The Office.js error code and message, when the error came from Excel. */
function officeDetails(error: unknown): string[] {
  if (typeof error !== "object" || error === null) return [String(error)];
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  return [
    typeof e.code === "string" ? `code: ${e.code}` : "",
    typeof e.name === "string" && typeof e.message === "string" ? `${e.name}: ${e.message}` : "",
  ].filter(Boolean);
}

export function describeError(error: unknown, lang: Lang): ErrorText {
  if (error instanceof TaizhangError) {
    const cause = (error as { cause?: unknown }).cause;
    return {
      message: error.text(lang),
      details: [
        `key: ${error.key}`,
        ...(error.detail === "" ? [] : [error.detail]),
        ...(cause === undefined ? [] : officeDetails(cause)),
      ].join("\n"),
    };
  }
  return { message: GENERIC[lang], details: officeDetails(error).join("\n") };
}
