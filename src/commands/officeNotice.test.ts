// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Handler = (arg: unknown) => void;

/**
 * Just the part of Office that showNoticeDialog touches, failing closed and as strict as Office
 * about dialogs: one dialog of the add-in at a time (12007 while one is open, also one another
 * page of the add-in opened), and `close()` taking effect a moment later, not at once.
 */
function installOffice(options: { otherDialogOpen?: boolean; refuse?: number } = {}) {
  const calls: { url: string; options: unknown }[] = [];
  const dialogs: { handlers: Map<string, Handler>; closed: boolean; closeCalls: number }[] = [];
  let open = options.otherDialogOpen ? 1 : 0;
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessage", DialogEventReceived: "dialogEvent" },
    context: {
      ui: {
        displayDialogAsync(url: string, opts: unknown, callback: (r: unknown) => void) {
          calls.push({ url, options: opts });
          const refusal = options.refuse ?? (open > 0 ? 12007 : undefined);
          if (refusal !== undefined) {
            callback({ status: "failed", error: { code: refusal, message: "refused" } });
            return;
          }
          open++;
          const state = { handlers: new Map<string, Handler>(), closed: false, closeCalls: 0 };
          dialogs.push(state);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: Handler) =>
                state.handlers.set(type, handler),
              close: () => {
                state.closeCalls++;
                setTimeout(() => {
                  if (!state.closed) open--;
                  state.closed = true;
                }, 50);
              },
            },
          });
        },
      },
    },
  };
  /** The user closes dialog i with its ✕: Office tells the page (12006). */
  const userCloses = (i: number) => {
    const d = dialogs[i]!;
    if (!d.closed) open--;
    d.closed = true;
    d.handlers.get("dialogEvent")?.({ error: 12006 });
  };
  return { calls, dialogs, userCloses };
}

async function load() {
  vi.resetModules();
  return import("./officeNotice");
}

beforeEach(() => vi.useRealTimers());
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("showNoticeDialog", () => {
  it("opens notice.html beside the function file with the report and resolves once it is open", async () => {
    const { showNoticeDialog } = await load();
    const office = installOffice();
    // Resolved while the dialog is still open: the command completes right after it opens.
    await showNoticeDialog({ title: "校验通过", body: "未发现问题 & <b>" });
    expect(office.calls).toHaveLength(1);
    const url = new URL(office.calls[0]!.url);
    expect(url.href.startsWith(new URL("notice.html?", window.location.href).href)).toBe(true);
    expect(url.searchParams.get("title")).toBe("校验通过");
    expect(url.searchParams.get("body")).toBe("未发现问题 & <b>");
    expect(office.calls[0]!.options).toEqual({ height: 40, width: 35, displayInIframe: true });
    expect(office.dialogs[0]!.closeCalls).toBe(0);
    // Its button closes it.
    office.dialogs[0]!.handlers.get("dialogMessage")?.({ message: "close" });
    expect(office.dialogs[0]!.closeCalls).toBe(1);
  });

  it("replaces its own notice still open (a second click) instead of failing with 12007", async () => {
    const { showNoticeDialog } = await load();
    const office = installOffice();
    await showNoticeDialog({ title: "一", body: "b" });
    await showNoticeDialog({ title: "二", body: "b" });
    expect(office.dialogs).toHaveLength(2);
    expect(office.dialogs[0]!.closeCalls).toBe(1);
    expect(new URL(office.calls.at(-1)!.url).searchParams.get("title")).toBe("二");
    // Closed with its ✕, the next notice opens at once.
    office.userCloses(1);
    const callsBefore = office.calls.length;
    await showNoticeDialog({ title: "三", body: "b" });
    expect(office.dialogs).toHaveLength(3);
    expect(office.calls.length - callsBefore).toBe(1);
  });

  it("rejects with Office's code when another Taizhang dialog is open, without retrying", async () => {
    const { showNoticeDialog, NoticeNotShown } = await load();
    const office = installOffice({ otherDialogOpen: true });
    const error = await showNoticeDialog({ title: "t", body: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoticeNotShown);
    expect(error).toMatchObject({ code: 12007 });
    expect(office.calls).toHaveLength(1);
  });

  it("rejects with Office's reason when the dialog cannot open", async () => {
    const { showNoticeDialog } = await load();
    installOffice({ refuse: 12009 });
    await expect(showNoticeDialog({ title: "t", body: "b" })).rejects.toThrow("12009 refused");
  });
});
