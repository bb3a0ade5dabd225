/** What a normaliser returns: a typed value, or a failure the validator turns into a type-error. */
export type Parsed<T> =
  | {
      ok: true;
      value: T | null;
      approximate?: boolean;
      openEnded?: boolean;
      /** 立行立改: due at once (see normalize/date). */
      immediate?: boolean;
    }
  | { ok: false };

export const FAILED: { ok: false } = { ok: false };
export const MISSING: { ok: true; value: null } = { ok: true, value: null };

/** 无/—/空/暂无: the user says there is nothing here; not an error, not a value. */
export const MISSING_WORDS: ReadonlySet<string> = new Set([
  "无",
  "-",
  "--",
  "—",
  "——",
  "–",
  "/",
  "\\",
  "空",
  "暂无",
  "n/a",
  "na",
  "null",
  "#n/a",
]);

export function isMissingWord(text: string): boolean {
  return MISSING_WORDS.has(text.toLowerCase());
}
