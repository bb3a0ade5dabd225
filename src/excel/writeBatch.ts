import { REQUEST_BYTES_TARGET } from "./payload";
import { REQUEST_FRAME_BYTES } from "./requestBytes";

/**
 * Counts the bytes queued into the current request and syncs only when the next payload would
 * pass the budget (~4 MB), so the number of round trips follows the payload, not the rows. What
 * is reserved is the estimate of src/excel/requestBytes.ts — what the library sends, never less —
 * so the budget is the request's own size; what is not reserved (styles, widths, marks: a few
 * hundred bytes each) fits in the margin between the budget and Excel on the web's 5 MB.
 */
export class WriteBatch {
  private queued = REQUEST_FRAME_BYTES;
  syncs = 0;
  /** The estimate of each request sent (the measure the tests compare with the host's). */
  readonly sent: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = REQUEST_BYTES_TARGET,
  ) {}

  /** Bytes still free in the current request. */
  get room(): number {
    return Math.max(0, this.limit - this.queued);
  }

  /** True when nothing has been reserved since the last sync. */
  get empty(): boolean {
    return this.queued === REQUEST_FRAME_BYTES;
  }

  /** Call before queueing a payload of `bytes`; flushes first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (!this.empty && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.sent.push(this.queued);
    this.queued = REQUEST_FRAME_BYTES;
  }
}
