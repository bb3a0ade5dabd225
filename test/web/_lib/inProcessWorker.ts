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
  /** Each call's method and arguments, as the worker received them. */
  calls: { method: string; args: unknown[] }[] = [];
  /** Each consolidation asked for: the files' names by role, and the choice. */
  consolidations: {
    files: string[];
    registry: string[];
    previous: string[];
    choice: unknown;
  }[] = [];
  private sessions = createFileSessions(() => "2021-07-01");

  terminated = false;
  /** Requests of these methods get no answer until `release` (a long step under way). */
  constructor(readonly hold = new Set<string>()) {}
  private held: (() => void)[] = [];

  postMessage(request: FileRequest) {
    this.requests.push(request.method);
    const copy = structuredClone(request);
    if ("args" in copy) this.calls.push({ method: copy.method, args: copy.args });
    if (copy.method === "consolidate")
      this.consolidations.push({
        files: copy.files.map((f) => f.name),
        registry: copy.registry.map((f) => f.name),
        previous: copy.previous.map((f) => f.name),
        choice: copy.choice,
      });
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

/**
 * A client whose workers are recorded, a new one each time the last was ended; each holds back
 * the methods in `hold` (shared, so a worker yet to start holds them too).
 */
export function recordedClient() {
  const workers: InProcessWorker[] = [];
  const hold = new Set<string>();
  const client = fileClient(
    () => {
      const worker = new InProcessWorker(hold);
      workers.push(worker);
      return worker as unknown as Worker;
    },
    async () => createFileSessions(),
  );
  return { client, workers, hold };
}
