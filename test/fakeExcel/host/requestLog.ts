/** Every request the library sent, with its size: the round trips and bytes a user waits for. */
import type { RichApiRequest, RichApiResponseBody } from "./protocol";

export interface LoggedRequest {
  /** UTF-8 bytes of the request body as sent. */
  bytes: number;
  responseBytes: number;
  body: RichApiRequest;
  response: RichApiResponseBody;
  /** Error code when the request failed (refused for size, or an action failed). */
  errorCode?: string;
  /** 500 when the service failed the request (an injected "http500" failure). */
  httpStatus?: number;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  get count(): number {
    return this.entries.length;
  }

  /** Total request bytes since the last reset. */
  get bytes(): number {
    return this.entries.reduce((n, e) => n + e.bytes, 0);
  }

  get responseBytes(): number {
    return this.entries.reduce((n, e) => n + e.responseBytes, 0);
  }

  get bodies(): RichApiRequest[] {
    return this.entries.map((e) => e.body);
  }

  /** Names of the actions in request `index` ("Instantiate", "Query Values"...), for readable assertions. */
  actionsOf(index: number): string[] {
    const names: Record<number, string> = {
      1: "Instantiate",
      2: "Query",
      3: "Method",
      4: "SetProperty",
      5: "Trace",
    };
    return (this.entries[index]?.body.Actions ?? []).map(
      (a) => `${names[a.ActionType] ?? a.ActionType}${a.Name ? ` ${a.Name}` : ""}`,
    );
  }

  reset(): void {
    this.entries.length = 0;
  }
}
