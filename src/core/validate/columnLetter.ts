import { columnLetter as letterOfIndex } from "../plan/address";

/** 1 → A, 27 → AA: the letter of a physical (1-based) column number, as errors report it. */
export function columnLetter(columnNumber: number): string {
  return letterOfIndex(columnNumber - 1);
}
