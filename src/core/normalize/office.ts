import type { RowRef } from "../model/rowRef";
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
  // Railway procuratorates are named 铁路运输检察院, without 人民.
  if (key.endsWith("铁路运输")) return `${key}检察院`;
  return key + FULL_SUFFIX;
}

/** A province, city or prefecture in front of the place (淮安市淮阴区, 四川省阿坝县). */
const LEADING_AREA = /^.{2,}?(?:省|自治区|市|自治州|州|地区|盟)(?=.{2,}$)/;
/** What is left must name a county-level place. */
const COUNTY_LEVEL = /(?:县|区|市|旗)$/;

/** The place without the areas in front of it: 淮安市淮阴区 → 淮阴区; itself when none. */
function localPlace(key: string): string {
  let place = key;
  for (let m = LEADING_AREA.exec(place); m !== null; m = LEADING_AREA.exec(place)) {
    const rest = place.slice(m[0].length);
    if (!COUNTY_LEVEL.test(rest)) break;
    place = rest;
  }
  return place;
}

/** What the 薄弱院名册 (office registry ledger) says of one office. */
export interface OfficeInfo {
  office: string;
  city: string | null;
  province: string | null;
  category: string | null;
  /** 实有员额检察官; null when the registry does not say. */
  prosecutors: number | null;
  /** The advanced office it is paired with (结对先进院), if the registry names one. */
  pairedWith: string | null;
  /** The registry rows the office comes from. */
  rows: RowRef[];
}

/**
 * The offices of the programme: their canonical names, how to find them from any spelling
 * (阿坝县院 → 阿坝县人民检察院) and, when built from the registry ledger, what it says of each.
 */
export interface OfficeRegistry {
  names: readonly string[];
  /** The registry's name for a spelling, or null when the office is not in it. */
  canonical(name: string): string | null;
  /** The registry's facts about an office (any spelling); undefined when it has none. */
  get(name: string): OfficeInfo | undefined;
}

/**
 * Builds a registry from canonical names (e.g. the office ledger's 院名称 column) or from full
 * entries; the first entry of a name wins.
 */
export function createOfficeRegistry(entries: Iterable<string | OfficeInfo>): OfficeRegistry {
  const byKey = new Map<string, string>();
  // Registry names by their place alone (淮阴区 for 淮安市淮阴区人民检察院), for offices that
  // write the name without the city in front; null when two registry offices share the place.
  const byPlace = new Map<string, string | null>();
  const infos = new Map<string, OfficeInfo>();
  const list: string[] = [];
  for (const entry of entries) {
    const text = compactText(typeof entry === "string" ? entry : entry.office);
    if (text === "" || byKey.has(text)) continue;
    list.push(text);
    byKey.set(text, text);
    byKey.set(officeKey(text), text);
    const place = localPlace(officeKey(text));
    byPlace.set(place, byPlace.has(place) && byPlace.get(place) !== text ? null : text);
    if (typeof entry !== "string") infos.set(text, entry);
  }
  const canonical = (name: string): string | null => {
    const text = compactText(name);
    const key = officeKey(text);
    const found = byKey.get(text) ?? byKey.get(key);
    if (found !== undefined) return found;
    // Not a county-level office's name (政治部, 省院): no place to look up.
    if (!SUFFIXES.test(text) || TOO_SHORT.test(key)) return null;
    const place = localPlace(key);
    return byKey.get(place) ?? byPlace.get(place) ?? null;
  };
  return {
    names: list,
    canonical,
    get(name: string): OfficeInfo | undefined {
      const found = canonical(name);
      return found === null ? undefined : infos.get(found);
    },
  };
}
