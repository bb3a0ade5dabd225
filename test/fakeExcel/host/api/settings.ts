/**
 * workbook.settings (ExcelApi 1.4): document settings that travel with the file. Values are
 * stored as JSON, so what comes back is what JSON can carry.
 */
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { stringArg } from "./args";

interface SettingState {
  key: string;
}

function assertExists(s: SettingState, ctx: HostContext, what: string) {
  if (!ctx.workbook.settings.has(s.key))
    throw hostError("ItemNotFound", `${what}: setting "${s.key}" was deleted`);
}

function jsonValue(value: unknown, what: string): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null));
  } catch {
    throw hostError("InvalidArgument", `${what}: the value cannot be stored as JSON`);
  }
}

export const SettingType: ObjectType<SettingState> = {
  name: "Setting",
  identity: (s) => ({ _Id: s.key }),
  properties: {
    key: { since: "1.4", get: (s) => s.key },
    value: {
      since: "1.4",
      get: (s, ctx) => {
        assertExists(s, ctx, "Setting.value");
        return ctx.workbook.settings.get(s.key);
      },
      set: (s, v, ctx) => {
        ctx.workbook.assertWritable(null, "Setting.value");
        assertExists(s, ctx, "Setting.value");
        ctx.workbook.settings.set(s.key, jsonValue(v, "Setting.value"));
      },
    },
  },
  methods: {
    delete: {
      since: "1.4",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(null, "Setting.delete");
        ctx.workbook.settings.delete(s.key);
      },
    },
  },
};

function settingObject(key: string): HostObject {
  return hostObject(SettingType, { key });
}

function keyArg(key: unknown, what: string): string {
  const k = stringArg(key, "key", what);
  if (k === "") throw hostError("InvalidArgument", `${what}: a setting key cannot be empty`);
  return k;
}

export const SettingCollectionType: ObjectType<null> = {
  name: "SettingCollection",
  items: (_s, ctx) => [...ctx.workbook.settings.keys()].map(settingObject),
  indexer: (_s, key, ctx) => {
    const k = keyArg(key, "settings.getItem");
    if (!ctx.workbook.settings.has(k))
      throw hostError("ItemNotFound", `settings.getItem(${JSON.stringify(k)}): no such setting`);
    return settingObject(k);
  },
  methods: {
    add: {
      since: "1.4",
      call: (_s, [key, value], ctx) => {
        ctx.workbook.assertWritable(null, "settings.add");
        const k = keyArg(key, "settings.add");
        ctx.workbook.settings.set(k, jsonValue(value, "settings.add"));
        return settingObject(k);
      },
    },
    getItemOrNullObject: {
      since: "1.4",
      call: (_s, [key], ctx) => {
        const k = keyArg(key, "settings.getItemOrNullObject");
        return ctx.workbook.settings.has(k) ? settingObject(k) : null;
      },
    },
    getCount: { since: "1.4", call: (_s, _a, ctx) => ctx.workbook.settings.size },
  },
};
