// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { showNoticeDialog } from "./officeNotice";

type Handler = (arg: unknown) => void;

/**
 * Just the part of Office that showNoticeDialog touches, failing closed: it records the dialog
 * request and lets the test play the dialog's events.
 */
function installOffice(opens: boolean) {
  const calls: { url: string; options: unknown }[] = [];
  const handlers = new Map<string, Handler>();
  let closed = 0;
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
    close: () => void closed++,
  };
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessage", DialogEventReceived: "dialogEvent" },
    context: {
      ui: {
        displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
          calls.push({ url, options });
          callback(
            opens
              ? { status: "succeeded", value: dialog }
              : { status: "failed", error: { code: 12007, message: "dialog already open" } },
          );
        },
      },
    },
  };
  return { calls, handlers, closedCount: () => closed };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("showNoticeDialog", () => {
  it("opens notice.html beside the function file with the report, and resolves on its button", async () => {
    const office = installOffice(true);
    const shown = showNoticeDialog({ title: "校验通过", body: "未发现问题 & <b>" });
    expect(office.calls).toHaveLength(1);
    const url = new URL(office.calls[0]!.url);
    expect(url.href.startsWith(new URL("notice.html?", window.location.href).href)).toBe(true);
    expect(url.searchParams.get("title")).toBe("校验通过");
    expect(url.searchParams.get("body")).toBe("未发现问题 & <b>");
    expect(office.calls[0]!.options).toEqual({ height: 40, width: 35, displayInIframe: true });
    office.handlers.get("dialogMessage")?.({ message: "close" });
    await expect(shown).resolves.toBeUndefined();
    expect(office.closedCount()).toBe(1);
  });

  it("resolves when the user closes the dialog with its ✕", async () => {
    const office = installOffice(true);
    const shown = showNoticeDialog({ title: "t", body: "b" });
    office.handlers.get("dialogEvent")?.({ error: 12006 });
    await expect(shown).resolves.toBeUndefined();
  });

  it("rejects with Office's reason when the dialog cannot open", async () => {
    installOffice(false);
    await expect(showNoticeDialog({ title: "t", body: "b" })).rejects.toThrow(
      "12007 dialog already open",
    );
  });
});
