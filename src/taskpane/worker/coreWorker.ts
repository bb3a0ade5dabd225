// The task pane's worker: runs the core's share of each workflow (reading 20,000 rows, checking
// them, building the summary) and 合并报送's reading, fingerprints, plans and summary off the
// page's thread, so the pane answers clicks while it works.
import { localToday } from "../../app/context";
import { answerRequest } from "./answer";
import { inlinePaneWork } from "./paneWork";
import type { PaneWork, WorkRequest, WorkResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: WorkResponse): void;
};

let work: PaneWork | undefined;

scope.onmessage = (event) => {
  const { context } = event.data;
  // One context for the worker's life: the pane that starts it has one language.
  work ??= inlinePaneWork({
    lang: context.lang,
    today: () => localToday(),
    ...(context.year === undefined ? {} : { year: context.year }),
  });
  void answerRequest(work, event.data).then((response) => {
    try {
      scope.postMessage(response);
    } catch (error) {
      // An answer that cannot be copied to the page (a plan that is not plain data) is a fault
      // the page is told of, not a call it waits on for ever.
      scope.postMessage({
        id: response.id,
        ok: false,
        error: { message: error instanceof Error ? error.message : String(error) },
      });
    }
  });
};
