import { hostErrorCode } from "./error";

/**
 * Excel on the web refuses requests or responses over 5 MB; the layer keeps each request under
 * about 4 MB and splits into row blocks only when a read or write would pass that.
 */
export const REQUEST_BYTES_TARGET = 4_000_000;
/**
 * Rows the first read asks for (shared by the sheets it reads) before a row's weight is known.
 * Small on purpose: Excel on the web often answers an oversize read not with the documented
 * payload error but with GeneralException or an HTTP 500 (office-js#1012, #1314), which cannot
 * be told apart from other faults, so the first guess should rarely be too big. A sheet of up to
 * this many rows still costs one request; longer ones go on in blocks sized from this one.
 */
export const FIRST_BLOCK_ROWS = 2_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON: close to what travels on the wire for it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** The documented answer to a request or response over the host's limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = hostErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * An answer that may mean "too large" on Excel on the web: the documented payload errors, or
 * GeneralException / an HTTP 500 from its service (office-js#1012, #1314). A read may try a
 * smaller block on these, a few times; the caller bounds how often, since they can mean anything.
 */
export function mayBePayloadTooLarge(error: unknown): boolean {
  if (isPayloadTooLarge(error)) return true;
  const status =
    typeof error === "object" && error !== null
      ? (error as { httpStatusCode?: unknown }).httpStatusCode
      : undefined;
  return hostErrorCode(error) === "GeneralException" || status === 500;
}

/** Tries of a smaller block after a GeneralException or HTTP 500 before giving up. */
export const UNCLEAR_FAILURE_RETRIES = 3;
