// The command line deflates with Node's zlib: native, several times quicker than fflate on a
// merged sheet of tens of megabytes (see bench/README.md, consolidate). Each piece of a part is
// deflated on its own and ends on a byte boundary (a sync flush) without closing the stream, so
// the pieces joined are one valid deflate stream; only the last one closes it.
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { Compression } from "../xlsx/package/compression";

export const nodeCompression: Compression = {
  stream: (level) => (piece, last) => [
    deflateRawSync(piece, {
      level,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    }),
  ],
  // Node 20 gives 0 for the empty array TextEncoder makes of "" whatever `previous` is.
  crc32: (bytes, previous) => (bytes.length === 0 ? previous : crc32(bytes, previous)),
};
