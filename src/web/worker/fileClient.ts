import type { SummaryChoice } from "../../app/summary";
import type { Progress } from "../../app/progress";
import { TaizhangError, MESSAGES, type MessageKey } from "../../core/errors";
import type { Lang } from "../../core/model";
import type { FileSessions } from "./fileSessions";
import type {
  Consolidated,
  FileBytes,
  FileCalls,
  FileFailure,
  FileMethod,
  FileOpened,
  FileRequest,
  FileResponse,
  SheetChoice,
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

/**
 * The worker stopped of itself (an error it did not catch, or out of memory). The files are
 * still the page's: the next request starts a new worker and opens them again.
 */
export class WorkerStopped extends FileError {
  constructor(detail: string) {
    super(`file worker stopped: ${detail}`, {
      zh: "后台处理意外停止（可能是文件太大、内存不足）。已打开的文件都还在，可以重试。",
      en: "The background work stopped unexpectedly (perhaps a file too large for the memory). Your open files are kept; you can try again.",
    });
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

/** Why the worker was started afresh: the user cancelled, or it stopped of itself. */
export type Restart = "cancelled" | "stopped";

/** A file's bytes, as often as they are needed: the page keeps the File the user chose. */
export type ReadBytes = () => Promise<ArrayBuffer>;

/** A file the page keeps: its name, and its bytes read afresh when needed. */
export interface PageFile {
  name: string;
  read: ReadBytes;
  /** What the user corrected while the file was open (consolidation reads it so). */
  choices?: readonly SheetChoice[];
}

/** What is consolidated: the offices' files, and the registry and last period's if given. */
export interface ConsolidateFiles {
  files: readonly PageFile[];
  registry?: readonly PageFile[];
  previous?: readonly PageFile[];
  choice: SummaryChoice;
}

/** Where requests go: a worker's postMessage, or the sessions run on the page. */
interface Channel {
  post(request: FileRequest, transfer: Transferable[]): void;
  stop(): void;
}

/**
 * The page's side of the protocol. Requests go to a worker made by `createWorker`; where none
 * can start, to the same sessions run on the page, loaded when first needed.
 *
 * Cancelling ends the worker (work under way stops where it is, whatever it was doing), and a
 * worker that fails is ended the same way. Either way every file stays the page's: its bytes are
 * read again (`ReadBytes`) and it is opened in the next worker when it is next asked for. What
 * the ended worker had done to a file (bindings, flags, sheets written) is gone with it, which
 * is why `onRestart` tells the page.
 */
export function fileClient(createWorker: () => Worker, onPage: () => Promise<FileSessions>) {
  let next = 1;
  let nextSession = 1;
  /** Counts workers started afresh: a file opened in an earlier one is opened again. */
  let generation = 0;
  const listeners = new Set<(why: Restart) => void>();
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

  let channel: Channel | undefined;
  const restart = (why: Restart, error: Error) => {
    channel?.stop();
    channel = undefined;
    generation++;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
    for (const listener of listeners) listener(why);
  };
  const inPage = (): Channel => {
    const sessions = onPage();
    return {
      // Work on the page's own thread cannot be stopped midway: its answers are dropped.
      post: (request) =>
        void sessions.then((s) => s.handle(request, (response) => receive(response))),
      stop: () => undefined,
    };
  };
  const channelOf = (): Channel => {
    if (channel) return channel;
    try {
      const worker = createWorker();
      worker.onmessage = (event: MessageEvent<FileResponse>) => receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        restart("stopped", new WorkerStopped(event.message));
      };
      channel = {
        post: (request, transfer) => worker.postMessage(request, transfer),
        stop: () => worker.terminate(),
      };
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

  /** Bytes read on the page; refused if the user cancelled while they were read. */
  const readFor = async (read: ReadBytes, since: number): Promise<ArrayBuffer> => {
    const bytes = await read();
    if (generation !== since) throw new TaizhangError("cancelled");
    return bytes;
  };

  return {
    /**
     * Opens a file: its bytes are read and handed to the worker; `read` is kept to open it
     * again in a new worker after a cancel or a failure.
     */
    async open(name: string, read: ReadBytes, lang: Lang): Promise<RemoteFile> {
      let session = 0;
      let openedIn = -1;
      const openHere = async (): Promise<FileOpened> => {
        const since = generation;
        const bytes = await readFor(read, since);
        const id = nextSession++;
        const opened = (await send({ id: next++, file: id, method: "open", name, bytes, lang }, [
          bytes,
        ])) as FileOpened;
        session = id;
        openedIn = since;
        return opened;
      };
      const ready = async () => {
        if (openedIn !== generation) await openHere();
        return session;
      };
      const opened = await openHere();
      return {
        opened,
        call: async (method, args, onProgress) =>
          send(
            { id: next++, file: await ready(), method, args: [...args] },
            [],
            onProgress,
          ) as never,
        save: async () =>
          (await send({ id: next++, file: await ready(), method: "save" })) as Uint8Array,
        close: async () => {
          if (openedIn === generation)
            await send({ id: next++, file: session, method: "close" }).catch(() => undefined);
        },
      };
    },

    /**
     * Several offices' files made one new workbook (as `taizhang consolidate` does), checked
     * against the registry and last period's files when given; progress counts the offices'
     * files read.
     */
    async consolidate(
      request: ConsolidateFiles,
      lang: Lang,
      onProgress?: (progress: Progress) => void,
    ): Promise<Consolidated> {
      const since = generation;
      const bytesOf = async (files: readonly PageFile[] = []) => {
        const read: FileBytes[] = [];
        for (const file of files)
          read.push({
            name: file.name,
            bytes: await readFor(file.read, since),
            ...(file.choices && file.choices.length > 0 ? { choices: [...file.choices] } : {}),
          });
        return read;
      };
      const files = await bytesOf(request.files);
      const registry = await bytesOf(request.registry);
      const previous = await bytesOf(request.previous);
      return (await send(
        {
          id: next++,
          file: 0,
          method: "consolidate",
          files,
          registry,
          previous,
          choice: request.choice,
          lang,
        },
        [...files, ...registry, ...previous].map((s) => s.bytes),
        onProgress,
      )) as Consolidated;
    },

    /** Stops the work under way: what is waiting fails as cancelled; the files stay open. */
    cancel(): void {
      restart("cancelled", new TaizhangError("cancelled"));
    },

    /** Told each time the worker is started afresh; gives back the way to stop listening. */
    onRestart(listener: (why: Restart) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type FileClient = ReturnType<typeof fileClient>;
