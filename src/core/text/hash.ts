// String hashing shared by the key checks (hot: every key cell of every row) and the content
// fingerprints that tell whether a user changed what the add-in wrote.

/**
 * FNV-1a over a string's length and UTF-16 code units (two a step), then mixed so that every bit
 * depends on every unit.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5 ^ text.length;
  // Two units a step: half the multiplications, each still taking every bit of both.
  const pairs = text.length & ~1;
  for (let i = 0; i < pairs; i += 2)
    hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (pairs < text.length) hash = Math.imul(hash ^ text.charCodeAt(pairs), 0x01000193);
  return mix(hash);
}

/** MurmurHash3's finaliser: FNV alone leaves the top bits (which pick the group) poorly mixed. */
export function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A fingerprint of a grid of cell values: 16 hex digits from two independent hashes of a
 * canonical text, so equal content gives equal fingerprints and a change almost surely shows.
 * Empty cells ("" and null) count the same; trailing empty cells and rows do not count.
 */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  const rows = values.map((row) => {
    const cells = row.map((v) =>
      v === null || v === undefined || v === "" ? "" : JSON.stringify(v),
    );
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u0001");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const text = rows.join("\u0002");
  const a = hashString(text) >>> 0;
  const b = hashString(`\u0003${text}`) >>> 0;
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
