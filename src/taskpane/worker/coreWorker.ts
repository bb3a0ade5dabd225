// The task pane's worker: runs the core's share of each workflow (reading 20,000 rows, checking
// them, building the summary) and reads the files picked for 合并报送 off the page's thread, so
// the pane answers clicks while it works.
import { localToday } from "../../app/context";
import { TaizhangError } from "../../core/errors";
import { inlinePaneWork } from "./paneWork";
import type { PaneWork, WorkRequest, WorkResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: WorkResponse): void;
};

let work: PaneWork | undefined;

scope.onmessage = (event) => {
  const { id, method, args, context } = event.data;
  // One context for the worker's life: the pane that starts it has one language.
  work ??= inlinePaneWork({
    lang: context.lang,
    today: () => localToday(),
    ...(context.year === undefined ? {} : { year: context.year }),
  });
  const call = work[method] as (...a: unknown[]) => Promise<unknown>;
  call.apply(work, args).then(
    (value) => scope.postMessage({ id, ok: true, value }),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        error:
          error instanceof TaizhangError
            ? { key: error.key, detail: error.detail, message: error.message }
            : { message: error instanceof Error ? error.message : String(error) },
      }),
  );
};
