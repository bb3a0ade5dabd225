// The Excel layer throws the core's TaizhangError (src/core/errors); here only what reads Office.js errors.
export { TaizhangError, type MessageKey } from "../core/errors";

/** The Office.js error code of a failed request ("AccessDenied", "ItemNotFound"…), if any. */
export function hostErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}
