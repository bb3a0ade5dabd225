/**
 * The part of `Office` an add-in asks before it calls Excel: `Office.onReady`,
 * `Office.context.requirements.isSetSupported` (answering ExcelApi from the host's version, and
 * the library's own "DelayForCellEdit" question, see cellEdit.ts) and
 * `Office.context.document.settings` (documentSettings.ts).
 */
import { DELAY_FOR_CELL_EDIT_SINCE } from "./cellEdit";
import type { FakeDocumentSettings } from "./documentSettings";
import { isVersionAtLeast } from "./versions";

export interface FakeOfficeContext {
  host: string;
  platform: string;
  displayLanguage: string;
  contentLanguage: string;
  requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  document?: { settings: FakeDocumentSettings };
}

export function createOfficeContext(
  apiVersion: string,
  displayLanguage = "zh-CN",
  documentSettings?: FakeDocumentSettings,
): FakeOfficeContext {
  return {
    host: "Excel",
    platform: "PC",
    displayLanguage,
    contentLanguage: displayLanguage,
    ...(documentSettings ? { document: { settings: documentSettings } } : {}),
    requirements: {
      isSetSupported(name, minVersion) {
        if (name.toLowerCase() === "delayforcelledit")
          return isVersionAtLeast(apiVersion, DELAY_FOR_CELL_EDIT_SINCE);
        if (name.toLowerCase() !== "excelapi") return false;
        if (minVersion === undefined) return true;
        const wanted = typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion;
        return isVersionAtLeast(apiVersion, wanted);
      },
    },
  };
}

/** Makes the library's own `Office` namespace answer `context` and `onReady` like a loaded add-in. */
export function completeOfficeNamespace(
  office: Record<string, unknown>,
  osf: Record<string, unknown> | undefined,
  context: FakeOfficeContext,
): void {
  if (osf) {
    // Office.context is a getter that asks OSF._OfficeAppFactory, which office.js sets up at boot.
    osf["_OfficeAppFactory"] = {
      getContext: () => context,
      getHostInfo: () => ({ hostType: "excel", hostPlatform: "pc", isDialog: false }),
    };
  }
  if (!office["context"])
    Object.defineProperty(office, "context", { value: context, configurable: true });
  const info = { host: "Excel", platform: "PC" };
  office["onReady"] = (callback?: (i: typeof info) => void) =>
    Promise.resolve(info).then((i) => {
      callback?.(i);
      return i;
    });
  office["HostType"] ??= { Excel: "Excel" };
  office["AsyncResultStatus"] ??= { Succeeded: "succeeded", Failed: "failed" };
  office["PlatformType"] ??= { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" };
}
