/**
 * The part of `Office` an add-in asks before it calls Excel: `Office.onReady` and
 * `Office.context.requirements.isSetSupported`, answering ExcelApi from the host's version.
 */
import { isVersionAtLeast } from "./versions";

export interface FakeOfficeContext {
  host: string;
  platform: string;
  displayLanguage: string;
  contentLanguage: string;
  requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
}

export function createOfficeContext(
  apiVersion: string,
  displayLanguage = "zh-CN",
): FakeOfficeContext {
  return {
    host: "Excel",
    platform: "PC",
    displayLanguage,
    contentLanguage: displayLanguage,
    requirements: {
      isSetSupported(name, minVersion) {
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
  office["PlatformType"] ??= { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" };
}
