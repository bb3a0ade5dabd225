import { consolidate, type WorkbookSource } from "../../app/consolidate";
import { appContext } from "../../app/context";
import { inlineCoreWork } from "../../app/coreWork";
import { createLedgerOperations, type LedgerOperations } from "../../app/operations";
import { TaizhangError } from "../../core/errors";
import type { Lang } from "../../core/model";
import { readSpreadsheet } from "../../xlsx";
import { emptyWorkbook } from "../../xlsx/emptyWorkbook";
import { createXlsxHost, type XlsxHost } from "../../xlsx/host";
import { readProblemText } from "../../xlsx/readMessages";
import { workbookOfSheet } from "../../xlsx/textWorkbook";
import { textSheetName } from "../../xlsx/readFileSheets";
import { workbookSource } from "../../xlsx/workbookSource";
import type {
  Consolidated,
  FileBytes,
  FileFailure,
  FileOpened,
  FileRequest,
  FileResponse,
} from "./protocol";

interface Session {
  host: XlsxHost;
  ops: LedgerOperations;
}

/** A file that could not be read, with the reason in both languages. */
class Unreadable extends Error {
  constructor(readonly text: { zh: string; en: string }) {
    super(text.en);
  }
}

function failureOf(error: unknown): FileFailure {
  if (error instanceof TaizhangError)
    return { key: error.key, detail: error.detail, message: error.message };
  if (error instanceof Unreadable) return { message: error.message, text: error.text };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Why `bytes` are no workbook, in both languages, from the reader's own verdict. */
function unreadable(bytes: Uint8Array, name: string): Unreadable {
  const { problems } = readSpreadsheet(bytes, { file: name });
  const problem = problems[0];
  if (!problem) return new Unreadable({ zh: "文件中没有数据。", en: "The file holds no data." });
  return new Unreadable({ zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") });
}

/**
 * A workbook host on the file's bytes: an .xlsx as it is; a CSV or tab-separated file as a
 * workbook of one sheet named after the file.
 */
async function hostOf(
  bytes: Uint8Array,
  name: string,
): Promise<{ host: XlsxHost; source: FileOpened["source"] }> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip) {
    const host = createXlsxHost(bytes, { file: name });
    try {
      await host.state();
      await host.readSheets([]);
    } catch {
      throw unreadable(bytes, name);
    }
    return { host, source: "xlsx" };
  }
  const read = readSpreadsheet(bytes, { file: name, textName: textSheetName(name) });
  const sheet = read.sheets[0];
  if (!sheet) throw unreadable(bytes, name);
  return { host: createXlsxHost(workbookOfSheet(sheet), { file: name }), source: "text" };
}

/** A file handed in, its bytes let go once read: one file's grid is held at a time. */
function onceSource(file: FileBytes) {
  let bytes: ArrayBuffer | null = file.bytes;
  return workbookSource(file.name, () => {
    const read = new Uint8Array(bytes ?? new ArrayBuffer(0));
    bytes = null;
    return read;
  });
}

/** An office's file read with the corrections the user made while it was open on the page. */
function correctedSource(file: FileBytes): WorkbookSource {
  const source = onceSource(file);
  const choices = file.choices ?? [];
  if (choices.length === 0) return source;
  return {
    name: source.name,
    read: async () => {
      const read = await source.read();
      return read.problem ? read : { ...read, choices };
    },
  };
}

/**
 * The files the page has opened, each an .xlsx host with the app layer's operations on it: what
 * the worker runs (and the page itself where no worker can start). `handle` answers one request
 * through `reply`, progress first; a saved file's bytes are handed over, not copied.
 */
export function createFileSessions(today?: () => string) {
  const sessions = new Map<number, Session>();
  const sessionOf = (file: number) => {
    const session = sessions.get(file);
    if (!session) throw new Error(`file ${file} is not open`);
    return session;
  };

  const run = async (
    request: FileRequest,
    reply: (response: FileResponse, transfer?: Transferable[]) => void,
  ): Promise<{ value: unknown; transfer?: Transferable[] }> => {
    switch (request.method) {
      case "open": {
        const context = { ...appContext(request.lang as Lang), ...(today ? { today } : {}) };
        const { host, source } = await hostOf(new Uint8Array(request.bytes), request.name);
        const ops = createLedgerOperations(host, context, inlineCoreWork(context));
        sessions.set(request.file, { host, ops });
        const overview = await ops.listSheets();
        return { value: { source, sheets: overview.sheets } satisfies FileOpened };
      }
      case "save": {
        const bytes = sessionOf(request.file).host.save();
        return { value: bytes, transfer: [bytes.buffer] };
      }
      case "close":
        sessions.delete(request.file);
        return { value: null };
      case "consolidate": {
        const context = { ...appContext(request.lang), ...(today ? { today } : {}) };
        const host = createXlsxHost(emptyWorkbook(), { file: "consolidated.xlsx" });
        const outcome = await consolidate(host, context, {
          files: request.files.map((file) => correctedSource(file)),
          registry: request.registry.map(onceSource),
          previous: request.previous.map(onceSource),
          choice: request.choice,
          onFile: (done, total, sheet) =>
            reply({ id: request.id, progress: { stage: "read", sheet, done, total } }),
        });
        const bytes = host.save();
        return { value: { outcome, bytes } satisfies Consolidated, transfer: [bytes.buffer] };
      }
      default: {
        const { ops } = sessionOf(request.file);
        const call = ops[request.method] as (...a: unknown[]) => Promise<unknown>;
        const options = {
          onProgress: (progress: unknown) => reply({ id: request.id, progress } as FileResponse),
        };
        return { value: await call.apply(ops, [...request.args, options]) };
      }
    }
  };

  return {
    handle(
      request: FileRequest,
      reply: (response: FileResponse, transfer?: Transferable[]) => void,
    ): Promise<void> {
      return run(request, reply).then(
        ({ value, transfer }) => reply({ id: request.id, ok: true, value }, transfer),
        (error: unknown) => reply({ id: request.id, ok: false, error: failureOf(error) }),
      );
    },
  };
}

export type FileSessions = ReturnType<typeof createFileSessions>;
