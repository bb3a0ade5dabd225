import { Deflate } from "fflate";
import { crc32 } from "./crc32";

/** Deflate levels the package writes with: 1 quick, 6 the usual (what Excel's files compare to). */
export type DeflateLevel = 1 | 6;

/**
 * How a package deflates and checks the parts it writes. The default (fflate, CRC in
 * JavaScript) runs in browsers and Web Workers; the command line gives Node's zlib, native
 * and several times quicker on a large sheet (src/cli/nodeCompression.ts).
 */
export interface Compression {
  /**
   * A raw deflate stream for one part: each piece pushed gives back the compressed bytes ready
   * so far; the last piece ends the stream. The pieces' bytes, in order, are one stream. A
   * piece is not kept once its call returns: the caller may write over it (DeflatingEntry
   * reuses one buffer), so a stream that needs bytes later copies them.
   */
  stream(level: DeflateLevel): (piece: Uint8Array, last: boolean) => Uint8Array[];
  /** The CRC-32 of `bytes` continued from `previous` (0 to begin), as zip records it. */
  crc32(bytes: Uint8Array, previous: number): number;
}

export const fflateCompression: Compression = {
  stream(level) {
    let ready: Uint8Array[] = [];
    const deflate = new Deflate({ level }, (data) => {
      ready.push(data);
    });
    return (piece, last) => {
      deflate.push(piece, last);
      const out = ready;
      ready = [];
      return out;
    };
  },
  crc32,
};
