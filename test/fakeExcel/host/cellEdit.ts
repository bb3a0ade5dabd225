/**
 * Cell edit mode: while a person is typing in a cell or the formula bar, Excel refuses add-in
 * requests with InvalidOperationInCellEditMode ("If you are in cell edit mode, JS API cannot
 * execute", office-js#625; the library maps Office's error 5004 to that code). A batch run with
 * `Excel.run({ delayForCellEdit: true }, …)` is instead held until the edit ends
 * (Excel.RunOptions reference; office-js-docs-pr excel-add-ins-delay-in-cell-edit.md). The
 * library only asks for the delay (request flag 64) when `isSetSupported("DelayForCellEdit")`;
 * the fake answers that for hosts with ExcelApi 1.11 or later, so below 1.11 the option does
 * nothing and the batch fails like any other.
 */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;
export const DELAY_FOR_CELL_EDIT_SINCE = "1.11";

export class CellEditMode {
  private editing = false;
  private waiting: (() => void)[] = [];

  get active(): boolean {
    return this.editing;
  }

  enter(): void {
    this.editing = true;
  }

  /** Ends the edit; requests held for it then run in the order they arrived. */
  exit(): void {
    this.editing = false;
    for (const resume of this.waiting.splice(0)) resume();
  }

  /** Resolves when no cell is being edited. */
  whenDone(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
