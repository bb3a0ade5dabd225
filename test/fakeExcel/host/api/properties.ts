/**
 * Custom properties that travel with the file: workbook.properties.custom (ExcelApi 1.7) and
 * worksheet.customProperties (ExcelApi 1.12). Keys ignore case; adding an existing key
 * overwrites it. Limits follow the API reference (office-js-docs-reference, excel.customproperty
 * and excel.worksheetcustomproperty): a workbook property's key and text value are cut to 255
 * characters outside Excel on the web (the fake cuts them, the stricter reading: text past 255
 * is lost, silently); a worksheet property's key over 255 characters is InvalidArgument.
 */
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import type { SheetModel } from "../model/sheet";
import { stringArg } from "./args";

const MAX_KEY = 255;
const MAX_WORKBOOK_VALUE = 255;

type Store<V> = Map<string, { key: string; value: V }>;

interface PropertyState<V> {
  store: Store<V>;
  /** Lower-case key. */
  id: string;
}

function keyArg(key: unknown, where: string): string {
  const k = stringArg(key, "key", where);
  if (k === "") throw hostError("InvalidArgument", `${where}: a key cannot be empty`);
  return k;
}

function entry<V>(s: PropertyState<V>, what: string): { key: string; value: V } {
  const found = s.store.get(s.id);
  if (!found) throw hostError("ItemNotFound", `${what}: the custom property was deleted`);
  return found;
}

function propertyType(value: unknown): string {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  return "String";
}

export const CustomPropertyType: ObjectType<PropertyState<unknown>> = {
  name: "CustomProperty",
  identity: (s) => ({ _Id: s.store.get(s.id)?.key ?? s.id }),
  properties: {
    key: { since: "1.7", get: (s) => entry(s, "CustomProperty.key").key },
    value: {
      since: "1.7",
      get: (s) => entry(s, "CustomProperty.value").value,
      set: (s, v, ctx) => {
        ctx.workbook.assertWritable(null, "CustomProperty.value");
        entry(s, "CustomProperty.value").value = workbookValue(v);
      },
    },
    type: { since: "1.7", get: (s) => propertyType(entry(s, "CustomProperty.type").value) },
  },
  methods: {
    delete: {
      since: "1.7",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(null, "CustomProperty.delete");
        s.store.delete(s.id);
      },
    },
  },
};

function workbookValue(value: unknown): unknown {
  if (typeof value === "string") return [...value].slice(0, MAX_WORKBOOK_VALUE).join("");
  if (typeof value === "number" || typeof value === "boolean") return value;
  throw hostError(
    "InvalidArgument",
    `CustomProperty.value must be text, a number or a boolean, got ${JSON.stringify(value)}`,
  );
}

function workbookProperty(ctx: HostContext, id: string): HostObject {
  return hostObject(CustomPropertyType, { store: ctx.workbook.customProperties, id });
}

export const CustomPropertyCollectionType: ObjectType<null> = {
  name: "CustomPropertyCollection",
  items: (_s, ctx) =>
    [...ctx.workbook.customProperties.keys()].map((id) => workbookProperty(ctx, id)),
  indexer: (_s, key, ctx) => {
    const id = keyArg(key, "custom.getItem").toLowerCase();
    if (!ctx.workbook.customProperties.has(id))
      throw hostError("ItemNotFound", `custom.getItem(${JSON.stringify(key)}): no such property`);
    return workbookProperty(ctx, id);
  },
  methods: {
    add: {
      since: "1.7",
      call: (_s, [key, value], ctx) => {
        ctx.workbook.assertWritable(null, "custom.add");
        const k = [...keyArg(key, "custom.add")].slice(0, MAX_KEY).join("");
        ctx.workbook.customProperties.set(k.toLowerCase(), { key: k, value: workbookValue(value) });
        return workbookProperty(ctx, k.toLowerCase());
      },
    },
    getItemOrNullObject: {
      since: "1.7",
      call: (_s, [key], ctx) => {
        const id = keyArg(key, "custom.getItemOrNullObject").toLowerCase();
        return ctx.workbook.customProperties.has(id) ? workbookProperty(ctx, id) : null;
      },
    },
    getCount: { since: "1.7", call: (_s, _a, ctx) => ctx.workbook.customProperties.size },
    deleteAll: {
      since: "1.7",
      call: (_s, _a, ctx) => {
        ctx.workbook.assertWritable(null, "custom.deleteAll");
        ctx.workbook.customProperties.clear();
      },
    },
  },
};

export const DocumentPropertiesType: ObjectType<null> = {
  name: "DocumentProperties",
  children: { custom: { since: "1.7", get: () => hostObject(CustomPropertyCollectionType, null) } },
};

export const WorksheetCustomPropertyType: ObjectType<PropertyState<string>> = {
  name: "WorksheetCustomProperty",
  identity: (s) => ({ _Id: s.store.get(s.id)?.key ?? s.id }),
  properties: {
    key: { since: "1.12", get: (s) => entry(s, "WorksheetCustomProperty.key").key },
    value: {
      since: "1.12",
      get: (s) => entry(s, "WorksheetCustomProperty.value").value,
      set: (s, v, ctx) => {
        ctx.workbook.assertWritable(null, "WorksheetCustomProperty.value");
        entry(s, "WorksheetCustomProperty.value").value = stringArg(
          v,
          "value",
          "WorksheetCustomProperty.value",
        );
      },
    },
  },
  methods: {
    delete: {
      since: "1.12",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(null, "WorksheetCustomProperty.delete");
        s.store.delete(s.id);
      },
    },
  },
};

function sheetProperty(sheet: SheetModel, id: string): HostObject {
  return hostObject(WorksheetCustomPropertyType, { store: sheet.customProperties, id });
}

function sheetKey(key: unknown, where: string): string {
  const k = keyArg(key, where);
  if ([...k].length > MAX_KEY)
    throw hostError("InvalidArgument", `${where}: a key is at most ${MAX_KEY} characters`);
  return k;
}

export const WorksheetCustomPropertyCollectionType: ObjectType<SheetModel> = {
  name: "WorksheetCustomPropertyCollection",
  items: (sheet) => [...sheet.customProperties.keys()].map((id) => sheetProperty(sheet, id)),
  indexer: (sheet, key) => {
    const id = sheetKey(key, "customProperties.getItem").toLowerCase();
    if (!sheet.customProperties.has(id))
      throw hostError(
        "ItemNotFound",
        `customProperties.getItem(${JSON.stringify(key)}): no such property on "${sheet.name}"`,
      );
    return sheetProperty(sheet, id);
  },
  methods: {
    add: {
      since: "1.12",
      call: (sheet, [key, value], ctx) => {
        const where = "customProperties.add";
        ctx.workbook.assertWritable(null, where);
        const k = sheetKey(key, where);
        sheet.customProperties.set(k.toLowerCase(), {
          key: k,
          value: stringArg(value, "value", where),
        });
        return sheetProperty(sheet, k.toLowerCase());
      },
    },
    getItemOrNullObject: {
      since: "1.12",
      call: (sheet, [key]) => {
        const id = sheetKey(key, "customProperties.getItemOrNullObject").toLowerCase();
        return sheet.customProperties.has(id) ? sheetProperty(sheet, id) : null;
      },
    },
    getCount: { since: "1.12", call: (sheet) => sheet.customProperties.size },
  },
};
