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

export const RangeAreasType: ObjectType<RangeAreasState> = {
  name: "RangeAreas",
  properties: {
    address: {
      since: "1.9",
      get: (s) => s.areas.map((a) => formatAddress(s.sheet.name, a)).join(","),
    },
    areaCount: { since: "1.9", get: (s) => s.areas.length },
    cellCount: {
      since: "1.9",
      get: (s) => s.areas.reduce((n, a) => n + rectRows(a) * rectColumns(a), 0),
    },
  },
  children: { areas: { since: "1.9", get: (s) => hostObject(RangeCollectionType, s) } },
};
