/** 1 → A, 27 → AA: how users name columns. */
export function columnLetter(columnNumber: number): string {
  let n = columnNumber;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
