// The rows behind a figure, gathered while a rollup runs and kept until someone traces the figure.
import type { RowRef } from "../model/rowRef";

type RefOf = (index: number) => RowRef;

/**
 * Rows gathered while a rollup runs, kept as row indexes per ledger and turned into RowRefs only
 * when someone reads `figure.rows` — most figures are printed, few are traced.
 *
 * A summary keeps one list per figure (each office's, each category's and the totals' counts) and
 * every row sits in a couple of dozen of them, so the lists are the largest part of a summary's
 * memory: they are kept in one Int32Array, and a run of consecutive rows — an office's whole
 * ledger in its own group — as its first index followed by minus the run's further length.
 */
export class RowList {
  private refs: RefOf[] = [];
  /** Where each ledger's (each ref's) indexes begin in `data`. */
  private starts: number[] = [];
  private data: Int32Array | null = null;
  private used = 0;
  private count = 0;
  private lastRef: RefOf | undefined = undefined;
  private lastIndex = -2;

  add(ref: RefOf, index: number): void {
    this.count++;
    if (ref !== this.lastRef) {
      this.lastRef = ref;
      this.refs.push(ref);
      this.starts.push(this.used);
    } else if (index === this.lastIndex + 1) {
      this.lastIndex = index;
      const last = (this.data as Int32Array)[this.used - 1] as number;
      if (last < 0) (this.data as Int32Array)[this.used - 1] = last - 1;
      else this.push(-1);
      return;
    }
    this.lastIndex = index;
    this.push(index);
  }

  get length(): number {
    return this.count;
  }

  /** Gives back the unused room once the list is complete (a figure keeps it for its lifetime). */
  trim(): void {
    if (this.data !== null && this.data.length > this.used)
      this.data = this.data.slice(0, this.used);
    // A pushed-to array keeps room for 17 entries: copies hold just the ledgers the list has
    // (one, for an office's own list), and a summary keeps thousands of lists.
    this.refs = this.refs.slice();
    this.starts = this.starts.slice();
  }

  toRefs(): RowRef[] {
    const out: RowRef[] = [];
    const data = this.data;
    if (data === null) return out;
    this.refs.forEach((ref, segment) => {
      const end = this.starts[segment + 1] ?? this.used;
      let previous = -1;
      for (let at = this.starts[segment] as number; at < end; at++) {
        const value = data[at] as number;
        if (value >= 0) {
          previous = value;
          out.push(ref(value));
        } else {
          for (let k = 1; k <= -value; k++) out.push(ref(previous + k));
          previous -= value;
        }
      }
    });
    return out;
  }

  private push(value: number): void {
    let data = this.data;
    if (data === null) data = this.data = new Int32Array(4);
    else if (this.used === data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = this.data = grown;
    }
    data[this.used++] = value;
  }
}
