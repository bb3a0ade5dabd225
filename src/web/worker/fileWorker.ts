// The browser page's worker: the files the user opened are read, checked, flagged, summarised and
// saved here, off the page's thread, so the page answers clicks while a large ledger is worked on.
import type { FileRequest, FileResponse } from "./protocol";
import { createFileSessions } from "./fileSessions";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FileRequest>) => void) | null;
  postMessage(message: FileResponse, transfer?: Transferable[]): void;
};

const sessions = createFileSessions();

scope.onmessage = (event) => {
  void sessions.handle(event.data, (response, transfer) =>
    scope.postMessage(response, transfer ?? []),
  );
};
