/**
 * Office.context.document.settings, the Common API's settings, as each runtime sees them.
 * Both it and workbook.settings (ExcelApi 1.4) store the add-in's settings in the same place in
 * the document (office-js-docs-reference#769), but this object works on an in-memory copy:
 * loaded when the runtime starts, changed by set/remove, written back by saveAsync, reloaded
 * by refreshAsync (office-js-docs-pr, persisting-add-in-state-and-settings.md: get, set and
 * remove "operate only on the in-memory copy"). saveAsync writes the whole copy, so a runtime
 * that saves an old copy drops what another runtime saved since it loaded (the strict reading;
 * Microsoft does not document merging). A Common API call made while a cell is being edited
 * fails with error 5004 ("Invalid API call in the current context", office-js#761).
 */
import type { WorkbookModel } from "./model/workbook";

interface AsyncResult {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

type Callback = (result: AsyncResult) => void;

export interface FakeDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(options?: { asyncContext?: unknown } | Callback, callback?: Callback): void;
  refreshAsync(callback?: Callback): void;
}

function clone(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export function createDocumentSettings(workbook: WorkbookModel): {
  settings: FakeDocumentSettings;
  reload: () => void;
} {
  let copy = new Map<string, unknown>();
  const reload = () => {
    copy = new Map([...workbook.settings].map(([k, v]) => [k, clone(v)]));
  };
  reload();
  const finish = (callback: Callback | undefined, result: AsyncResult) => {
    if (callback) setTimeout(() => callback(result), 0);
  };
  const editing = (): AsyncResult | null =>
    workbook.cellEdit.active
      ? {
          status: "failed",
          error: {
            code: 5004,
            name: "Invalid API call",
            message: "Excel is editing a cell. [fake-excel]",
          },
        }
      : null;
  const settings: FakeDocumentSettings = {
    get: (name) => (copy.has(name) ? clone(copy.get(name)) : null),
    set: (name, value) => {
      copy.set(name, clone(value));
    },
    remove: (name) => {
      copy.delete(name);
    },
    saveAsync(options, callback) {
      const cb = typeof options === "function" ? options : callback;
      const asyncContext = typeof options === "object" ? options.asyncContext : undefined;
      const refused = editing();
      if (refused) return finish(cb, { ...refused, asyncContext });
      workbook.settings.clear();
      for (const [k, v] of copy) workbook.settings.set(k, clone(v));
      finish(cb, { status: "succeeded", asyncContext });
    },
    refreshAsync(callback) {
      const refused = editing();
      if (refused) return finish(callback, refused);
      reload();
      finish(callback, { status: "succeeded", value: settings });
    },
  };
  return { settings, reload };
}
