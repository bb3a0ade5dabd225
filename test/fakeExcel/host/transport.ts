/**
 * Plugs the host into Microsoft's library: `ClientRequestContext.defaultRequestUrlAndHeaders`
 * makes every `Excel.run` context talk HTTP to a made-up URL, and
 * `HttpUtility.setCustomSendRequestFunc` hands each such request to the host instead of the
 * network. The response resolves on a microtask, so fake timers in tests do not stall it.
 */
import type { EventHooks } from "./events";
import { deliverChangeEvents, enableEventChannel } from "./events";
import type { FakeHost } from "./fakeHost";

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

export function createSendRequest(
  host: FakeHost,
  events?: EventHooks,
): (request: LibraryRequest) => Promise<LibraryResponse> {
  return (request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    let response: LibraryResponse;
    try {
      response = {
        statusCode: 200,
        headers: { "content-type": "application/json" },
        body: host.handle(text),
      };
    } catch (error) {
      return Promise.reject(error);
    }
    const changes = host.workbook.pendingChanges.splice(0);
    return Promise.resolve().then(() => {
      if (events && changes.length > 0) {
        // Delivered after the library has processed this response, like Excel's async events.
        setTimeout(() => deliverChangeEvents(events, changes), 0);
      }
      return response;
    });
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
): void {
  officeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = url;
  officeExtension.HttpUtility.setCustomSendRequestFunc(createSendRequest(host, officeExtension));
  enableEventChannel(officeExtension);
}
