import { REQUEST_BYTES_TARGET } from "./payload";
import { REQUEST_FRAME_BYTES, rowsThatFit } from "./requestBytes";

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

  /**
   * Reserves the most rows from `start` that fit in this request, or in the next one when none
   * does, and gives their count (one at least: a row heavier than a whole request still goes,
   * alone, and the host says so). `arrays`: each property set, as its rows' `rowBytes`.
   */
  async reserveRows(
    arrays: readonly (readonly number[])[],
    start: number,
    columns: number,
  ): Promise<number> {
    let fit = rowsThatFit(arrays, start, columns, this.room);
    if (fit.count === 0 && !this.empty) {
      await this.flush();
      fit = rowsThatFit(arrays, start, columns, this.room);
    }
    if (fit.count === 0) fit = rowsThatFit(arrays, start, columns, Infinity, 1);
    await this.reserve(fit.bytes);
    return fit.count;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.sent.push(this.queued);
    this.queued = REQUEST_FRAME_BYTES;
  }
}
