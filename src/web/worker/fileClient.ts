import type { Progress } from "../../app/progress";
import { TaizhangError, MESSAGES, type MessageKey } from "../../core/errors";
import type { Lang } from "../../core/model";
import type { FileSessions } from "./fileSessions";
import type {
  FileCalls,
  FileFailure,
  FileMethod,
  FileOpened,
  FileRequest,
  FileResponse,
} from "./protocol";
import type { LedgerOperations } from "../../app/operations";

/** A failure that is no refusal of the app layer: a file the reader could not read, or a fault. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly text?: { zh: string; en: string },
  ) {
    super(message);
  }
}

function errorOf(failure: FileFailure): Error {
  if (failure.key !== undefined && failure.key in MESSAGES)
    return new TaizhangError(failure.key as MessageKey, failure.detail ?? "");
  return new FileError(failure.message, failure.text);
}

/** One open file, as the page works on it. */
export interface RemoteFile {
  opened: FileOpened;
  call<M extends FileMethod>(
    method: M,
    args: FileCalls[M],
    onProgress?: (progress: Progress) => void,
  ): Promise<Awaited<ReturnType<LedgerOperations[M]>>>;
  /** The workbook as it now is, as .xlsx bytes. */
  save(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where requests go: a worker's postMessage, or the sessions run on the page. */
interface Channel {
  post(request: FileRequest, transfer: Transferable[]): void;
}

/**
 * The page's side of the protocol. Requests go to a worker made by `createWorker`; where none
 * can start (or it fails), to the same sessions run on the page, loaded when first needed. A
 * worker that fails loses its files: their requests fail and the page asks for them again.
 */
export function fileClient(createWorker: () => Worker, onPage: () => Promise<FileSessions>) {
  let next = 1;
  let nextFile = 1;
  const pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: unknown): void; progress?: (p: Progress) => void }
  >();
  const receive = (response: FileResponse) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if ("progress" in response) return waiting.progress?.(response.progress);
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(errorOf(response.error));
  };
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  let channel: Channel | undefined;
  const inPage = (): Channel => {
    const sessions = onPage();
    return {
      post: (request) =>
        void sessions.then((s) => s.handle(request, (response) => receive(response))),
    };
  };
  const channelOf = (): Channel => {
    if (channel) return channel;
    try {
      const worker = createWorker();
      worker.onmessage = (event: MessageEvent<FileResponse>) => receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        channel = inPage();
        failAll(new FileError(`file worker failed: ${event.message}`));
      };
      channel = { post: (request, transfer) => worker.postMessage(request, transfer) };
    } catch {
      channel = inPage();
    }
    return channel;
  };

  const send = (
    request: FileRequest,
    transfer: Transferable[] = [],
    progress?: (p: Progress) => void,
  ): Promise<unknown> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject, ...(progress ? { progress } : {}) });
      channelOf().post(request, transfer);
    });

  return {
    /** Opens a file: its bytes are handed to the worker (the buffer is no longer the page's). */
    async open(name: string, bytes: ArrayBuffer, lang: Lang): Promise<RemoteFile> {
      const file = nextFile++;
      const opened = (await send({ id: next++, file, method: "open", name, bytes, lang }, [
        bytes,
      ])) as FileOpened;
      return {
        opened,
        call: (method, args, onProgress) =>
          send({ id: next++, file, method, args: [...args] }, [], onProgress) as never,
        save: async () => (await send({ id: next++, file, method: "save" })) as Uint8Array,
        close: async () => void (await send({ id: next++, file, method: "close" })),
      };
    },
  };
}

export type FileClient = ReturnType<typeof fileClient>;
