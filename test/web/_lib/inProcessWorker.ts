// The browser page's worker stood in for in tests: the same sessions the worker runs, behind a
// structured clone (what postMessage does), with a way to hold a step back (a long step under
// way) and to fail as a worker that runs out of memory does.
import { fileClient } from "../../../src/web/worker/fileClient";
import { createFileSessions } from "../../../src/web/worker/fileSessions";
import type { FileRequest, FileResponse } from "../../../src/web/worker/protocol";

/** A Worker that answers as fileWorker.ts does, each message cloned as a worker's would be. */
export class InProcessWorker {
  onmessage: ((event: MessageEvent<FileResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: string[] = [];
  private sessions = createFileSessions(() => "2021-07-01");

  terminated = false;
  /** Requests of these methods get no answer until `release` (a long step under way). */
  hold = new Set<string>();
  private held: (() => void)[] = [];

  postMessage(request: FileRequest) {
    this.requests.push(request.method);
    const copy = structuredClone(request);
    const answer = () =>
      void this.sessions.handle(copy, (response) =>
        setTimeout(() => {
          if (!this.terminated)
            this.onmessage?.({ data: structuredClone(response) } as MessageEvent);
        }, 0),
      );
    if (this.hold.has(request.method)) this.held.push(answer);
    else answer();
  }

  release() {
    for (const answer of this.held.splice(0)) answer();
  }

  /** What a worker that runs out of memory does: an error event, then nothing more. */
  crash() {
    this.terminated = true;
    this.onerror?.({ message: "Out of memory", preventDefault() {} } as ErrorEvent);
  }

  terminate() {
    this.terminated = true;
  }
}

export const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A file as the page keeps it: its bytes read afresh each time (a transfer takes them away). */
export const readerOf = (bytes: Uint8Array) => async () => bufferOf(bytes);

/** A client whose workers are recorded, a new one each time the last was ended. */
export function recordedClient() {
  const workers: InProcessWorker[] = [];
  const client = fileClient(
    () => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    async () => createFileSessions(),
  );
  return { client, workers };
}
