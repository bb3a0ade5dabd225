// Builds messy sheets the way people type them: a merged title row, a header, problem cells
// merged over their measure rows, blank separator rows and a 合计 row.
import type { Cell, CellArea, SheetInput } from "../../../src/core/model/cell";

export class SheetBuilder {
  readonly values: Cell[][] = [];
  readonly merges: CellArea[] = [];

  constructor(
    private readonly name: string,
    private readonly width: number,
    private readonly file?: string,
  ) {}

  title(text: string): this {
    this.merges.push({ row: this.values.length, column: 0, rowCount: 1, columnCount: this.width });
    this.values.push([text]);
    return this;
  }

  row(cells: Cell[]): this {
    this.values.push(cells);
    return this;
  }

  /** Cells of `columns` merge down over `rowCount` rows starting at the next row. */
  mergeDown(columns: number[], rowCount: number): this {
    if (rowCount > 1)
      for (const column of columns)
        this.merges.push({ row: this.values.length, column, rowCount, columnCount: 1 });
    return this;
  }

  blank(): this {
    this.values.push([]);
    return this;
  }

  build(): SheetInput {
    return {
      name: this.name,
      values: this.values,
      merges: this.merges,
      ...(this.file === undefined ? {} : { file: this.file }),
    };
  }
}

/** A tiny deterministic generator so the same seed always gives the same sheets. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Excel's 1900 date serial of an ISO date. */
export function excelSerial(iso: string): number {
  return (
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) -
      Date.UTC(1899, 11, 30)) /
    86_400_000
  );
}

/** The same date in one of the shapes sheets use (by `variant`). */
export function messyDate(iso: string, variant: number): Cell {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  switch (variant % 5) {
    case 0:
      return `${y}年${m}月${d}日`;
    case 1:
      return `${y}.${m}.${d}`;
    case 2:
      return `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`;
    case 3:
      return iso;
    default:
      return `${y}年${m}月${d}日`.replace(/\d/g, (digit) =>
        String.fromCharCode(digit.charCodeAt(0) + 0xfee0),
      );
  }
}
