/**
 * The fake Excel host: takes the request text the library sends, enforces the payload limits
 * of Excel on the web, executes the actions against the in-memory workbook and logs the trip.
 * Free of Node APIs so a browser page can bundle it.
 */
import { hostError } from "./errors";
import type { HostContext } from "./hostObject";
import { hostObject } from "./hostObject";
import { WorkbookType } from "./api/workbook";
import { WorkbookModel } from "./model/workbook";
import { processRequest } from "./processRequest";
import type { RichApiRequest, RichApiResponseBody } from "./protocol";
import { RequestLog } from "./requestLog";
import type { ExcelApiVersion } from "./versions";
import { HIGHEST_EXCEL_API } from "./versions";

/** Excel on the web refuses requests and responses over 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const utf8 = new TextEncoder();

export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

export class FakeHost {
  readonly workbook: WorkbookModel;
  readonly apiVersion: ExcelApiVersion;
  readonly requests = new RequestLog();
  readonly references = new Map<string, import("./hostObject").HostObject>();
  requestLimit = DEFAULT_PAYLOAD_LIMIT;
  responseLimit = DEFAULT_PAYLOAD_LIMIT;
  private nextReference = 1;

  constructor(workbook: WorkbookModel, apiVersion: ExcelApiVersion = HIGHEST_EXCEL_API) {
    this.workbook = workbook;
    this.apiVersion = apiVersion;
  }

  /** Handles one request body; returns the response body the library will parse. */
  handle(requestText: string): RichApiResponseBody {
    const body = JSON.parse(requestText) as RichApiRequest;
    const bytes = byteLength(requestText);
    let response: RichApiResponseBody;
    let responseBytes: number | undefined;
    if (bytes > this.requestLimit) {
      // Excel on the web refuses the message before running any action: nothing is applied.
      response = failure(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${bytes} bytes; the limit is ${this.requestLimit}`,
      );
    } else {
      response = processRequest(this.context(), hostObject(WorkbookType, null), body);
      const size = byteLength(JSON.stringify(response));
      if (size > this.responseLimit) {
        // The actions already ran; only the answer is lost (see README).
        response = failure(
          "ResponsePayloadSizeLimitExceeded",
          `the response would be ${size} bytes; the limit is ${this.responseLimit}`,
        );
      } else {
        responseBytes = size;
      }
    }
    responseBytes ??= byteLength(JSON.stringify(response));
    this.requests.entries.push({
      bytes,
      responseBytes,
      body,
      response,
      ...(response.Error ? { errorCode: response.Error.Code } : {}),
    });
    return response;
  }

  private context(): HostContext {
    return {
      workbook: this.workbook,
      apiVersion: this.apiVersion,
      maxResponseBytes: this.responseLimit,
      references: this.references,
      newReferenceId: () => `fake-ref-${this.nextReference++}`,
    };
  }
}

function failure(
  code: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded",
  detail: string,
): RichApiResponseBody {
  const err = hostError(code, detail);
  return {
    Results: [],
    Error: {
      Code: err.code,
      Message: err.message,
      HttpStatusCode: err.httpStatusCode,
      ActionIndex: -1,
      Location: "",
    },
  };
}
