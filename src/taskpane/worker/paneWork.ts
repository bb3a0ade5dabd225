import type { AppContext } from "../../app/context";
import { inlineCoreWork } from "../../app/coreWork";
import { checkCancelled } from "../../app/progress";
import { readFileSheets } from "../../xlsx/readFileSheets";
import type { PaneWork } from "./protocol";

/** The pane's work where it runs (in its worker, or on the page where no worker starts). */
export function inlinePaneWork(context: AppContext): PaneWork {
  return {
    ...inlineCoreWork(context),
    async readFile(bytes, name, signal) {
      checkCancelled(signal);
      return readFileSheets(new Uint8Array(bytes), name);
    },
  };
}
