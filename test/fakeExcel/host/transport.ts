/**
 * Plugs a host into Microsoft's library: `ClientRequestContext.defaultRequestUrlAndHeaders`
 * makes every `Excel.run` context talk HTTP to a made-up URL, and
 * `HttpUtility.setCustomSendRequestFunc` hands each such request to the host instead of the
 * network. Before a request runs, the test's hooks see it (user edits between requests); a
 * cell being edited refuses it or, for `delayForCellEdit`, holds it; after it runs, the answer
 * may wait for the test's latency. Without latency the response resolves on a microtask, so
 * fake timers in tests do not stall it.
 */
import { DELAY_FOR_CELL_EDIT_FLAG } from "./cellEdit";
import type { EventHooks } from "./events";
import { deliverChangeEvents, enableEventChannel } from "./events";
import type { FakeHost, HostReply } from "./fakeHost";
import type { RichApiRequest } from "./protocol";

export const FAKE_HOST_URL = "https://fake-excel.invalid/";

interface LibraryRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

interface LibraryResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What a before-request hook and a latency function learn about the request. */
export interface RequestInfo {
  /** 0-based count of this runtime's requests since the hook or latency was set. */
  index: number;
  body: RichApiRequest;
}

/** Test controls of one runtime's transport (see InstalledFakeExcel). */
export class TransportControls {
  private hooks: { from: number; at?: number; fn: (info: RequestInfo) => void }[] = [];
  private latency: { from: number; ms: (info: RequestInfo) => number } | null = null;

  constructor(private readonly host: FakeHost) {}

  beforeRequest(fn: (info: RequestInfo) => void, at?: number): () => void {
    const hook = { from: this.host.ordinal, fn, ...(at === undefined ? {} : { at }) };
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  setLatency(ms: number | ((info: RequestInfo) => number)): void {
    this.latency = { from: this.host.ordinal, ms: typeof ms === "number" ? () => ms : ms };
  }

  runHooks(ordinal: number, body: () => RichApiRequest): void {
    for (const hook of [...this.hooks]) {
      const index = ordinal - hook.from;
      if (hook.at !== undefined && hook.at !== index) continue;
      hook.fn({ index, body: body() });
      if (hook.at !== undefined) this.hooks = this.hooks.filter((h) => h !== hook);
    }
  }

  delayFor(ordinal: number, body: () => RichApiRequest): number {
    if (!this.latency) return 0;
    return Math.max(0, this.latency.ms({ index: ordinal - this.latency.from, body: body() }));
  }
}

function requestFlags(url: string): number {
  const m = /[?&]flags=(-?\d+)/.exec(url);
  return m ? Number(m[1]) : 0;
}

function toLibrary(reply: HostReply): LibraryResponse {
  return {
    statusCode: reply.status,
    headers: { "content-type": "application/json" },
    body: reply.body,
  };
}

export function createSendRequest(
  host: FakeHost,
  controls: TransportControls = new TransportControls(host),
): (request: LibraryRequest) => Promise<LibraryResponse> {
  return (request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const ordinal = host.ordinal++;
    // Parsed only when a hook or a latency function asks: bulk writes send megabytes.
    let parsed: RichApiRequest | undefined;
    const body = () => (parsed ??= JSON.parse(text) as RichApiRequest);
    const answer = (): Promise<LibraryResponse> => {
      let reply: HostReply;
      try {
        reply = host.handle(text, ordinal);
      } catch (error) {
        return Promise.reject(error);
      }
      const changes = host.workbook.pendingChanges.splice(0);
      const delay = controls.delayFor(ordinal, body);
      const wait = delay > 0 ? new Promise<void>((r) => setTimeout(r, delay)) : Promise.resolve();
      return wait.then(() => {
        if (changes.length > 0) {
          // Delivered after the library has processed this response, like Excel's async events.
          setTimeout(() => deliverChangeEvents(changes), 0);
        }
        return toLibrary(reply);
      });
    };
    try {
      controls.runHooks(ordinal, body);
    } catch (error) {
      return Promise.reject(error);
    }
    const edit = host.workbook.cellEdit;
    if (!edit.active) return answer();
    if ((requestFlags(request.url) & DELAY_FOR_CELL_EDIT_FLAG) !== 0) {
      return edit.whenDone().then(answer);
    }
    return Promise.resolve(
      toLibrary(host.refuse(text, "InvalidOperationInCellEditMode", "a person is editing a cell")),
    );
  };
}

/** The subset of the library's OfficeExtension namespace the transport touches. */
export interface OfficeExtensionLike extends EventHooks {
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  HttpUtility: {
    setCustomSendRequestFunc: (fn: (request: LibraryRequest) => Promise<LibraryResponse>) => void;
  };
}

export function connectLibrary(
  officeExtension: OfficeExtensionLike,
  host: FakeHost,
  url = FAKE_HOST_URL,
): TransportControls {
  const controls = new TransportControls(host);
  officeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = url;
  officeExtension.HttpUtility.setCustomSendRequestFunc(createSendRequest(host, controls));
  enableEventChannel(officeExtension);
  host.runtime.hooks = officeExtension;
  return controls;
}
