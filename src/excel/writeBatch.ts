import { REQUEST_BYTES_TARGET } from "./payload";

/**
 * Counts the bytes queued into the current request and syncs only when the next payload would
 * pass ~4 MB, so the number of round trips follows the payload, not the number of rows.
 */
export class WriteBatch {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    // The estimate counts values and formats only; the request around them (actions, paths,
    // styles) adds about a sixth, so the payload budget is set below the request target.
    readonly limit = Math.floor(REQUEST_BYTES_TARGET * 0.8),
  ) {}

  /** Call before queueing a payload of `bytes`; flushes first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }
}
