/**
 * The fake Excel host of one add-in runtime: takes the request text the library sends,
 * enforces the payload limits of Excel on the web, applies failures a test scheduled, executes
 * the actions against the in-memory workbook (shared with other runtimes) and logs the trip.
 * Free of Node APIs so a browser page can bundle it.
 */
import { WorkbookType } from "./api/workbook";
import { hostError } from "./errors";
import type { HostErrorCode } from "./errors";
import type { PayloadFailure, RequestFault } from "./faults";
import { FaultPlan } from "./faults";
import type { HostContext, HostObject } from "./hostObject";
import { hostObject } from "./hostObject";
import { WorkbookModel } from "./model/workbook";
import { errorBody, processRequest } from "./processRequest";
import type { RichApiRequest, RichApiResponseBody } from "./protocol";
import { RequestLog } from "./requestLog";
import { RuntimeState } from "./runtime";
import type { ExcelApiVersion } from "./versions";
import { HIGHEST_EXCEL_API } from "./versions";

/** Excel on the web refuses requests and responses over 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const utf8 = new TextEncoder();

export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

/** What goes back to the library: a normal response, or an HTTP failure of the service. */
export type HostReply =
  | { status: 200; body: RichApiResponseBody }
  | { status: 500; body: { error: { code: string; message: string } } };

export class FakeHost {
  readonly workbook: WorkbookModel;
  readonly apiVersion: ExcelApiVersion;
  readonly runtime = new RuntimeState();
  readonly requests = new RequestLog();
  readonly faults = new FaultPlan();
  requestLimit = DEFAULT_PAYLOAD_LIMIT;
  responseLimit = DEFAULT_PAYLOAD_LIMIT;
  payloadFailure: PayloadFailure = "documented";
  /** Requests this runtime has sent, failed ones included (faults and hooks count from here). */
  ordinal = 0;

  constructor(workbook: WorkbookModel, apiVersion: ExcelApiVersion = HIGHEST_EXCEL_API) {
    this.workbook = workbook;
    this.apiVersion = apiVersion;
    workbook.runtimes.push(this.runtime);
  }

  /** Objects kept by `_KeepReference` (the workbook's, shared by its runtimes). */
  get references(): Map<string, HostObject> {
    return this.workbook.references;
  }

  /** Handles one request body; `ordinal` picks up a fault scheduled for it. */
  handle(requestText: string, ordinal = this.ordinal++): HostReply {
    const body = JSON.parse(requestText) as RichApiRequest;
    const bytes = byteLength(requestText);
    const fault = this.faults.take(ordinal);
    let reply: HostReply;
    if (bytes > this.requestLimit) {
      // Excel on the web refuses the message before running any action: nothing is applied.
      reply = this.payloadReply(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${bytes} bytes; the limit is ${this.requestLimit}`,
      );
    } else {
      const stop = fault && {
        atAction: fault.afterActions ?? 0,
        error: hostError(fault.code ?? "GeneralException", "failure injected by the test"),
      };
      const response = processRequest(this.context(), hostObject(WorkbookType, null), body, stop);
      const size = byteLength(JSON.stringify(response));
      if (fault?.as === "http500") {
        reply = http500(fault.code ?? "GeneralException");
      } else if (size > this.responseLimit) {
        // The actions already ran; only the answer is lost (see README).
        reply = this.payloadReply(
          "ResponsePayloadSizeLimitExceeded",
          `the response would be ${size} bytes; the limit is ${this.responseLimit}`,
        );
      } else {
        reply = { status: 200, body: response };
      }
    }
    this.log(body, bytes, reply);
    return reply;
  }

  /** Answers without running anything (a request refused before it starts). */
  refuse(requestText: string, code: HostErrorCode, detail: string): HostReply {
    const body = JSON.parse(requestText) as RichApiRequest;
    const reply: HostReply = {
      status: 200,
      body: { Results: [], Error: errorBody(hostError(code, detail), -1) },
    };
    this.log(body, byteLength(requestText), reply);
    return reply;
  }

  context(): HostContext {
    return {
      workbook: this.workbook,
      apiVersion: this.apiVersion,
      maxResponseBytes: this.responseLimit,
      references: this.workbook.references,
      newReferenceId: () => this.workbook.newReferenceId(),
      runtime: this.runtime,
    };
  }

  private payloadReply(
    code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded",
    detail: string,
  ): HostReply {
    if (this.payloadFailure === "http500") return http500("GeneralException");
    const err = hostError(
      this.payloadFailure === "GeneralException" ? "GeneralException" : code,
      detail,
    );
    return { status: 200, body: { Results: [], Error: errorBody(err, -1) } };
  }

  private log(body: RichApiRequest, bytes: number, reply: HostReply): void {
    const response: RichApiResponseBody =
      reply.status === 200
        ? reply.body
        : {
            Results: [],
            Error: {
              Code: reply.body.error.code,
              Message: reply.body.error.message,
              HttpStatusCode: 500,
              ActionIndex: -1,
              Location: "",
            },
          };
    const errorCode = response.Error?.Code;
    this.requests.entries.push({
      bytes,
      responseBytes: byteLength(JSON.stringify(reply.body)),
      body,
      response,
      ...(reply.status === 500 ? { httpStatus: 500 } : {}),
      ...(errorCode ? { errorCode } : {}),
    });
  }
}

function http500(code: string): HostReply {
  return {
    status: 500,
    body: { error: { code, message: "An internal error has occurred. [fake-excel: HTTP 500]" } },
  };
}

export type { RequestFault };
