/** RangeAreas (ExcelApi 1.9): several rectangles of one sheet, as getMergedAreasOrNullObject returns. */
import type { Rect } from "../address";
import { formatAddress, rectColumns, rectRows } from "../address";
import { hostError } from "../errors";
import type { ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type { SheetModel } from "../model/sheet";
import { intArg } from "./args";
import { rangeObject } from "./range";

export interface RangeAreasState {
  sheet: SheetModel;
  areas: Rect[];
}

export const RangeCollectionType: ObjectType<RangeAreasState> = {
  name: "RangeCollection",
  items: (s) => s.areas.map((a) => rangeObject(s.sheet, a)),
  methods: {
    getItemAt: {
      since: "1.9",
      call: (s, [i]) => {
        const area = s.areas[intArg(i, "index", "RangeCollection.getItemAt")];
        if (!area) throw hostError("ItemNotFound", `RangeCollection.getItemAt(${String(i)})`);
        return rangeObject(s.sheet, area);
      },
    },
    getCount: { since: "1.9", call: (s) => s.areas.length },
  },
};

/**
 * Longest address text Excel gives for several areas. Range.Address in Excel's object model
 * stops at the last whole area that fits in 255 characters, without an error (VBA-Docs#49); how
 * Office.js's RangeAreas.address behaves past that is undocumented, so the fake takes the same
 * strict reading: beyond ~20 areas the address is cut short and only `areas` lists them all.
 */
export const MAX_AREAS_ADDRESS = 255;

function areasAddress(s: RangeAreasState): string {
  let out = "";
  for (const area of s.areas) {
    const next =
      out === ""
        ? formatAddress(s.sheet.name, area)
        : `${out},${formatAddress(s.sheet.name, area)}`;
    if (next.length > MAX_AREAS_ADDRESS) break;
    out = next;
  }
  return out;
}

export const RangeAreasType: ObjectType<RangeAreasState> = {
  name: "RangeAreas",
  properties: {
    address: { since: "1.9", get: (s) => areasAddress(s) },
    areaCount: { since: "1.9", get: (s) => s.areas.length },
    cellCount: {
      since: "1.9",
      get: (s) => s.areas.reduce((n, a) => n + rectRows(a) * rectColumns(a), 0),
    },
  },
  children: { areas: { since: "1.9", get: (s) => hostObject(RangeCollectionType, s) } },
};
