// What a file is, from its first bytes rather than its name: people rename .xls to .xlsx, save
// CSV under an Excel name, and export "Unicode 文本" (UTF-16, tab-separated) as .txt or .xls.

export type FileKind =
  /** A zip: .xlsx, .xlsm (or .xlsb, .ods, .docx — readXlsx tells). */
  | "zip"
  /** An OLE compound file: .xls, an encrypted .xlsx, .doc (oleKind tells). */
  | "ole"
  /** A web page or XML spreadsheet. */
  | "markup"
  /** Text: CSV, tab-separated, in any encoding decodeText reads. */
  | "text"
  /** Bytes that are no text (PDF, image, /dev/zero). */
  | "binary"
  | "empty";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MARKUP = /^\s*<(\?xml|!doctype|html|table|meta|head|body)\b/i;

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

export function sniffFile(data: Uint8Array): FileKind {
  if (data.length === 0) return "empty";
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(data, OLE)) return "ole";
  const utf16 = startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]);
  const head = data.subarray(0, 8192);
  if (!utf16 && !looksLikeUtf16(head) && head.includes(0)) return "binary";
  if (!utf16 && MARKUP.test(new TextDecoder("latin1").decode(head.subarray(0, 512))))
    return "markup";
  return "text";
}

/** UTF-16 without a byte-order mark: every other byte zero, as ASCII text in UTF-16LE/BE has. */
export function looksLikeUtf16(head: Uint8Array): boolean {
  if (head.length < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  const n = head.length - (head.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero > pairs * 0.4 && evenZero === 0) || (evenZero > pairs * 0.4 && oddZero === 0);
}
