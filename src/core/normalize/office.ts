import { compactText } from "../text";

// 阿坝县院, 阿坝县检察院 and 阿坝县人民检察院 are one office. Names are compared by the part
// before the suffix; the full form 人民检察院 is what reports show.
const FULL_SUFFIX = "人民检察院";
const SUFFIXES = /(人民检察院|检察院|检察分院|院)$/;
/** 省院, 市院, 分院: too short to be a place, keep as written. */
const TOO_SHORT = /^(省|市|州|县|区|分|本|我|该|两|各)?$/;

/** The part that names the place: 阿坝县人民检察院 → 阿坝县. */
export function officeKey(name: string): string {
  return compactText(name).replace(SUFFIXES, "");
}

/** 阿坝县院 → 阿坝县人民检察院; names that are not an office's (省院, 分院) stay as written. */
export function normalizeOfficeName(name: string): string {
  const text = compactText(name);
  if (text.endsWith("检察分院") || /分院$/.test(text)) return text;
  const key = officeKey(text);
  if (TOO_SHORT.test(key) || !SUFFIXES.test(text)) return text;
  return key + FULL_SUFFIX;
}

/** The offices a sheet may name: canonical names and how to find them from any spelling. */
export interface OfficeRegistry {
  names: readonly string[];
  /** The registry's name for a spelling, or null when the office is not in it. */
  canonical(name: string): string | null;
}

/** Builds a registry from canonical names (e.g. the office ledger's 院名称 column). */
export function createOfficeRegistry(names: Iterable<string>): OfficeRegistry {
  const byKey = new Map<string, string>();
  const list: string[] = [];
  for (const name of names) {
    const text = compactText(name);
    if (text === "") continue;
    list.push(text);
    byKey.set(text, text);
    byKey.set(officeKey(text), text);
  }
  return {
    names: list,
    canonical(name: string): string | null {
      const text = compactText(name);
      return byKey.get(text) ?? byKey.get(officeKey(text)) ?? null;
    },
  };
}
