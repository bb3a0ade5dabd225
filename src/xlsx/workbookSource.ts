// An office's file as consolidation reads it (src/app/consolidate.ts): its bytes taken only when
// its turn comes, read as every front end reads a file handed in (readFileSheets). Used by
// `taizhang consolidate` (bytes from disk) and the browser page (bytes the user opened).
import type { WorkbookSource } from "../app/consolidate";
import { readFileSheets } from "./readFileSheets";

/** A file for consolidation whose bytes `bytes()` gives when it is read. */
export function workbookSource(name: string, bytes: () => Uint8Array): WorkbookSource {
  return { name, read: async () => readFileSheets(bytes(), name) };
}
