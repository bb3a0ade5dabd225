// Where the offices of a summary are, in the words a 简报 uses: 全市/全州 when they all lie in one
// city or prefecture, 全省 in one province, 各省 across several — from the office registry (薄弱院
// 名册) or the names themselves (泰州市姜堰区人民检察院 lies in 泰州市). When neither says, no word
// at all: a summary of three offices of one city must not claim the whole province.
import type { OfficeRegistry } from "../normalize/office";
import type { LocalText } from "../rollup/localText";

export interface Scope {
  /** "city" | "province" | "provinces" | "unknown". */
  basis: "city" | "province" | "provinces" | "unknown";
  /** The word before the count: 全市, 全州, 全省, 全区, 各省, or "" when unknown. */
  label: LocalText;
}

const UNKNOWN: Scope = { basis: "unknown", label: { zh: "", en: "" } };
/** 泰州市姜堰区…, 阿坝州阿坝县…: a city or prefecture before a county-level name. */
const CITY_IN_NAME = /^(.{2,8}?(?:市|州|地区|盟))(?=.{1,8}?(?:县|区|市|旗)(?:人民)?检察院$)/;
const PROVINCE_IN_NAME = /^(.{2,8}?(?:省|自治区))/;

function cityWord(city: string): LocalText {
  if (city.endsWith("州")) return { zh: "全州", en: "in the prefecture" };
  if (city.endsWith("地区")) return { zh: "全地区", en: "in the prefecture" };
  if (city.endsWith("盟")) return { zh: "全盟", en: "in the league" };
  return { zh: "全市", en: "in the city" };
}

function provinceWord(province: string): LocalText {
  return province.endsWith("自治区")
    ? { zh: "全区", en: "in the region" }
    : { zh: "全省", en: "in the province" };
}

/** The scope of several offices (canonical names); unknown for fewer than two. */
export function scopeOf(offices: readonly string[], registry?: OfficeRegistry): Scope {
  if (offices.length < 2) return UNKNOWN;
  const cities = new Set<string | null>();
  const provinces = new Set<string | null>();
  for (const office of offices) {
    const info = registry?.get(office);
    cities.add(info?.city ?? CITY_IN_NAME.exec(office)?.[1] ?? null);
    provinces.add(info?.province ?? PROVINCE_IN_NAME.exec(office)?.[1] ?? null);
  }
  const [city] = cities;
  if (cities.size === 1 && city !== null && city !== undefined)
    return { basis: "city", label: cityWord(city) };
  if (provinces.has(null)) return UNKNOWN;
  const [province] = provinces;
  if (provinces.size === 1 && province !== null && province !== undefined)
    return { basis: "province", label: provinceWord(province) };
  return { basis: "provinces", label: { zh: "各省", en: "across the provinces" } };
}
