import { looksLikeUtf16 } from "./sniffFile";

// Text files as Chinese Windows writes them: UTF-8 with or without a byte-order mark, GB18030
// (GBK) from "CSV (逗号分隔)", UTF-16 from "Unicode 文本".

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function encodingOf(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (looksLikeUtf16(bytes.subarray(0, 8192))) return bytes[0] === 0 ? "utf-16be" : "utf-16le";
  return undefined;
}

/** Decodes a text file; the byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = encodingOf(bytes);
  if (utf16 !== undefined) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
