/**
 * Errors the host raises, with the codes and HTTP statuses real Excel uses. The message starts
 * with Excel's own English text and ends with a bracketed detail naming the object and member,
 * so a failing test says what was asked for.
 */
export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UnsupportedOperation";

const EXCEL_TEXT: Record<HostErrorCode, { status: number; text: string }> = {
  AccessDenied: { status: 403, text: "You cannot perform the requested operation." },
  ApiNotFound: {
    status: 404,
    text: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  },
  GeneralException: {
    status: 500,
    text: "There was an internal error while processing the request.",
  },
  InvalidArgument: {
    status: 400,
    text: "The argument is invalid or missing or has an incorrect format.",
  },
  InvalidOperation: { status: 400, text: "The operation attempted is invalid on the object." },
  // The code the library gives Office's error 5004 (excel-win32-16.01.js, RequestContext); the
  // text here is the fake's own wording.
  InvalidOperationInCellEditMode: {
    status: 400,
    text: "Excel is editing a cell; leave the cell (Enter, Tab or another cell) and try again.",
  },
  InvalidReference: { status: 400, text: "This reference is not valid for the current operation." },
  ItemAlreadyExists: { status: 409, text: "The resource being created already exists." },
  ItemNotFound: { status: 404, text: "The requested resource doesn't exist." },
  RequestPayloadSizeLimitExceeded: {
    status: 400,
    text: "The request payload size has exceeded the limit.",
  },
  ResponsePayloadSizeLimitExceeded: {
    status: 400,
    text: "The response payload size has exceeded the limit.",
  },
  UnsupportedOperation: { status: 400, text: "The operation being attempted is not supported." },
};

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly httpStatusCode: number;
  /** "Object.member" that failed, Excel's debugInfo.errorLocation. */
  location: string;

  constructor(code: HostErrorCode, detail: string, location = "") {
    const known = EXCEL_TEXT[code];
    super(`${known.text} [fake-excel: ${detail}]`);
    this.name = "HostError";
    this.code = code;
    this.httpStatusCode = known.status;
    this.location = location;
  }
}

export function hostError(code: HostErrorCode, detail: string, location = ""): HostError {
  return new HostError(code, detail, location);
}
