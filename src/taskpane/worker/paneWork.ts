import { gatherConsolidation, type ConsolidationGathering } from "../../app/consolidate";
import type { AppContext } from "../../app/context";
import { inlineCoreWork } from "../../app/coreWork";
import { checkCancelled } from "../../app/progress";
import { TaizhangError } from "../../core/errors";
import { readFileSheets, type FileSheets } from "../../xlsx/readFileSheets";
import type { PaneWork } from "./protocol";
import { UNREADABLE } from "./unreadable";

/** The pane's work where it runs (in its worker, or on the page where no worker starts). */
export function inlinePaneWork(context: AppContext): PaneWork {
  const sessions = new Map<string, ConsolidationGathering>();
  const session = (id: string) => {
    const gathering = sessions.get(id);
    // The worker was started afresh since the first file (the one before crashed): the files
    // taken before are not here, and a plan of the rest would leave them out.
    if (!gathering) throw new TaizhangError("workStopped");
    return gathering;
  };
  return {
    ...inlineCoreWork(context),
    async beginConsolidation(id) {
      sessions.set(id, gatherConsolidation(context));
    },
    async gatherFile(id, role, name, bytes, signal) {
      checkCancelled(signal);
      const gathering = session(id);
      let read: FileSheets;
      if (bytes instanceof ArrayBuffer) {
        try {
          read = readFileSheets(new Uint8Array(bytes), name);
        } catch {
          read = { sheets: [], problem: UNREADABLE };
        }
      } else read = { sheets: [], problem: bytes.problem };
      if (role === "registry") gathering.registry(name, read);
      else if (role === "previous") gathering.previous(name, read);
      else return gathering.file(name, read);
      return {
        sheets: read.sheets.length,
        rows: 0,
        ...(read.problem ? { problem: read.problem } : {}),
      };
    },
    async consolidationWork(id, choice, signal) {
      checkCancelled(signal);
      const gathering = session(id);
      sessions.delete(id);
      return gathering.work(choice);
    },
    async endConsolidation(id) {
      sessions.delete(id);
    },
  };
}
