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
  return fingerprintRows(values.length, (r) => values[r] ?? []);
}

/**
 * The fingerprint of `count` rows given one at a time (each asked for twice): the same as
 * `fingerprint` of the grid, without the grid's canonical text ever being one string (a merged
 * sheet of 900,000 rows would pass V8's longest string) or every row's text held at once.
 */
export function fingerprintRows(count: number, rowAt: (row: number) => readonly unknown[]): string {
  // First the text's length, which the hashes start from, and its last non-empty row.
  let length = 0;
  let lengthToLast = -1;
  for (let r = 0; r < count; r++) {
    const rowLength = walkRowText(rowAt(r), null, null);
    length += (r > 0 ? 1 : 0) + rowLength;
    if (rowLength > 0) lengthToLast = length;
  }
  const total = Math.max(0, lengthToLast);
  const a = new PieceHash(total);
  const b = new PieceHash(total + 1);
  b.unit(0x03);
  let fed = 0;
  for (let r = 0; fed < total; r++) {
    if (r > 0) {
      a.unit(0x02);
      b.unit(0x02);
      fed += 1;
    }
    fed += walkRowText(rowAt(r), a, b);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, "0");
  return hex(a.end()) + hex(b.end());
}

// A row's canonical text: each value as JSON, empty ones as nothing, trailing ones dropped, the
// cells joined by U+0001. It is hashed and measured piece by piece rather than built: a merged
// sheet's fingerprint would otherwise make every cell's JSON twice, hundreds of megabytes of
// garbage for a province's rows. The text itself is what earlier versions stored, unchanged.

const isEmpty = (value: unknown) => value === null || value === undefined || value === "";

/** The index of the row's last non-empty value, or -1. */
function lastFilled(row: readonly unknown[]): number {
  let last = row.length - 1;
  while (last >= 0 && isEmpty(row[last])) last--;
  return last;
}

/** Whether JSON.stringify would escape any of the text's units (or it holds a lone surrogate). */
function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x22 || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff))
      return true;
  }
  return false;
}

/** A value's JSON as JSON.stringify writes it, when it is not a plain quoted string. A finite
 * number's JSON is its String (the same text), which V8 keeps cached for numbers met before:
 * a merged sheet's row numbers and dates are not made into new strings twice per row. */
function otherJson(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? "";
}

/** Goes through the row's text piece by piece, feeding the hashes when given; its length. */
function walkRowText(row: readonly unknown[], a: PieceHash | null, b: PieceHash | null): number {
  const last = lastFilled(row);
  let length = 0;
  for (let c = 0; c <= last; c++) {
    if (c > 0) {
      a?.unit(0x01);
      b?.unit(0x01);
      length += 1;
    }
    const value = row[c];
    if (isEmpty(value)) continue;
    if (typeof value === "string" && !needsEscape(value)) {
      if (a !== null && b !== null) {
        a.unit(0x22);
        a.add(value);
        a.unit(0x22);
        b.unit(0x22);
        b.add(value);
        b.unit(0x22);
      }
      length += value.length + 2;
    } else {
      const json = otherJson(value);
      a?.add(json);
      b?.add(json);
      length += json.length;
    }
  }
  return length;
}

/** hashString of a text given in pieces, its length known before the first. */
class PieceHash {
  private hash: number;
  /** A code unit waiting for the next to make a pair, or -1. */
  private pending = -1;

  constructor(length: number) {
    this.hash = 0x811c9dc5 ^ length;
  }

  add(text: string): void {
    let { hash, pending } = this;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (pending < 0) pending = unit;
      else {
        hash = Math.imul(hash ^ (pending | (unit << 16)), 0x01000193);
        pending = -1;
      }
    }
    this.hash = hash;
    this.pending = pending;
  }

  unit(unit: number): void {
    if (this.pending < 0) this.pending = unit;
    else {
      this.hash = Math.imul(this.hash ^ (this.pending | (unit << 16)), 0x01000193);
      this.pending = -1;
    }
  }

  end(): number {
    const hash = this.pending < 0 ? this.hash : Math.imul(this.hash ^ this.pending, 0x01000193);
    return mix(hash);
  }
}
