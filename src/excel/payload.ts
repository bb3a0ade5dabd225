/**
 * Excel on the web refuses requests or responses over 5 MB; the layer keeps each request under
 * about 4 MB and splits into row blocks only when a read or write would pass that.
 */
export const REQUEST_BYTES_TARGET = 4_000_000;
/** Rows each sheet's first read asks for before its width is known: a 15-column ledger of
 * this length is about 4 MB; a heavier one is refused by the host and read again in blocks. */
export const FIRST_BLOCK_ROWS = 12_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON: close to what travels on the wire for it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
