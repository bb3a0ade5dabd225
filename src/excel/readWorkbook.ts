import type { RowsListener } from "../app/host";
import type { Cell, CellArea, SheetInput, SheetVisibility } from "../core/model/cell";
import { areaAddress } from "../core/model/address";
import { parseAreas, place } from "./sheetGrid";
import { isMarkName } from "../app/ownership/marks";
import { queueLoadSettings, queueLockEntry } from "./bindingSettings";
import { ledgerMarksAt } from "../app/ownership/ledgerMarks";
import type { SheetRead, WorkbookSurvey } from "../app/write/survey";
import type { LockEntry } from "../app/ownership/lock";
import { TaizhangError } from "./error";
import {
  FIRST_BLOCK_ROWS,
  REQUEST_BYTES_TARGET,
  UNCLEAR_FAILURE_RETRIES,
  isPayloadTooLarge,
  jsonBytes,
  mayBePayloadTooLarge,
} from "./payload";
import { FEATURE_VERSION, has, type Supports } from "./support";

/**
 * What the layer knows about the workbook before it writes: its state as workflows see it, and
 * enough to refuse up front.
 */
export type { SheetRead, WorkbookSurvey } from "../app/write/survey";

export interface WorkbookRead {
  survey: WorkbookSurvey;
  sheets: SheetRead[];
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Values and number format of one cell as JSON, generously (Chinese text, long formats). */
const GUESSED_BYTES_PER_CELL = 64;

interface SheetHandles {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  block: Excel.Range;
  merges: Excel.RangeAreas | undefined;
}

/**
 * Reads the survey and the named sheets (values, number formats, merged areas where ExcelApi
 * 1.13 exists) in one request. Only a sheet longer than the first block (2,000 rows), or a
 * payload the host refuses, costs more: one request per ~4 MB row block. Never a request per row
 * or cell. A refused block — the documented payload errors, or GeneralException / HTTP 500 as
 * Excel on the web answers (office-js#1012, #1314) — is asked for again smaller.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  supports: Supports,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  if (!has(supports, "base"))
    throw new TaizhangError("apiMissing", `ExcelApi ${FEATURE_VERSION.base}`);
  const requestBytes = options.requestBytes ?? REQUEST_BYTES_TARGET;
  const scaled = Math.floor((FIRST_BLOCK_ROWS * requestBytes) / REQUEST_BYTES_TARGET);
  let firstRows = Math.max(1, Math.floor(scaled / Math.max(1, sheetNames.length)));
  let unclear = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await readOnce(context, sheetNames, supports, firstRows, requestBytes, options);
    } catch (thrown) {
      // Only the first request is tried again smaller here; later blocks retry on their own.
      if (!(thrown instanceof FirstRequestFailed)) throw thrown;
      const error = thrown.error;
      if (!mayBePayloadTooLarge(error) || firstRows === 1 || attempt >= 4) throw error;
      if (!isPayloadTooLarge(error) && ++unclear > UNCLEAR_FAILURE_RETRIES) throw error;
      firstRows = Math.max(1, Math.floor(firstRows / 8));
    }
  }
}

/** The first request of a read failed: readWorkbook may ask again with a smaller first block. */
class FirstRequestFailed {
  constructor(readonly error: unknown) {}
}

export interface ReadOptions {
  requestBytes?: number;
  /** A writer's lock entry to add in the same request (see app/ownership/lock). */
  claim?: LockEntry;
  /** Told of progress through each long sheet; throwing from it cancels the read. */
  onRows?: RowsListener;
}

async function readOnce(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  supports: Supports,
  firstRows: number,
  requestBytes: number,
  options: ReadOptions,
): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id,items/position,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  workbook.tables.load("items/name");
  workbook.names.load("items/name,items/comment,items/value");
  if (has(supports, "readOnly")) workbook.load("readOnly");
  if (has(supports, "workbookProtection")) workbook.protection.load("protected");
  // A writer's entry goes in before the settings are read, so this read sees it beside others'.
  if (options.claim) queueLockEntry(context, options.claim);
  const settings = queueLoadSettings(context);
  const handles: SheetHandles[] = sheetNames.map((name) => {
    const sheet = sheets.getItemOrNullObject(name);
    sheet.load("name,id");
    sheet.protection.load("protected");
    sheet.tables.load("items/name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const block = used.getIntersectionOrNullObject(sheet.getRange(`1:${firstRows}`));
    block.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
    let merges: Excel.RangeAreas | undefined;
    if (has(supports, "mergedAreas")) {
      merges = used.getMergedAreasOrNullObject();
      // The areas one by one: the address of many areas is cut short by Excel.
      merges.areas.load("items/address");
    }
    return { name, sheet, used, block, merges };
  });
  try {
    await context.sync();
  } catch (error) {
    throw new FirstRequestFailed(error);
  }

  const survey: WorkbookSurvey = {
    sheets: [...sheets.items]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        name: s.name,
        id: s.id,
        position: s.position,
        visibility: VISIBILITY[s.visibility] ?? "visible",
      })),
    active: active.name,
    tables: [
      ...workbook.tables.items.map((t) => t.name),
      ...workbook.names.items.map((n) => n.name),
    ],
    readOnly: has(supports, "readOnly") ? workbook.readOnly : false,
    structureProtected: has(supports, "workbookProtection") ? workbook.protection.protected : false,
    bindings: settings().bindings,
    marks: workbook.names.items
      .filter((n) => isMarkName(n.name))
      .map((n) => ({ name: n.name, comment: n.comment ?? "", value: String(n.value) })),
    locks: settings().locks,
  };
  survey.ledgerMarks = ledgerMarksAt(survey.marks);
  const reads: SheetRead[] = [];
  for (const h of handles) {
    if (h.sheet.isNullObject) throw new TaizhangError("sheetMissing", h.name);
    reads.push(await collectSheet(context, h, firstRows, requestBytes, options.onRows));
  }
  return { survey, sheets: reads };
}

async function collectSheet(
  context: Excel.RequestContext,
  h: SheetHandles,
  firstRows: number,
  requestBytes: number,
  onRows: RowsListener | undefined,
): Promise<SheetRead> {
  const base = {
    name: h.sheet.name,
    id: h.sheet.id,
    protected: h.sheet.protection.protected,
    tableCount: h.sheet.tables.items.length,
  };
  if (h.used.isNullObject)
    return { ...base, used: null, input: { name: h.sheet.name, values: [] } };
  const used: CellArea = {
    row: h.used.rowIndex,
    column: h.used.columnIndex,
    rowCount: h.used.rowCount,
    columnCount: h.used.columnCount,
  };
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const lastRow = used.row + used.rowCount;
  let next = used.row;
  if (!h.block.isNullObject) {
    place(values, formats, h.block.rowIndex, used.column, h.block.values, h.block.numberFormat);
    next = h.block.rowIndex + h.block.rowCount;
  } else next = Math.max(used.row, firstRows);
  // The first block tells how heavy a row is; the rest comes in blocks of about 4 MB.
  // A sheet whose table starts below the first block: assume a heavy row until one is seen.
  const bytesPerRow = h.block.isNullObject
    ? used.columnCount * GUESSED_BYTES_PER_CELL
    : Math.max(
        1,
        jsonBytes([h.block.values, h.block.numberFormat]) / Math.max(1, h.block.rowCount),
      );
  let blockRows = Math.max(1, Math.floor((requestBytes * 0.85) / bytesPerRow));
  // Progress per block: the pane shows "读取 12,000/20,000 行", and a listener that throws
  // (the user cancelled) stops before the next request.
  onRows?.(base.name, next - used.row, used.rowCount);
  let unclear = 0;
  while (next < lastRow) {
    const rowCount = Math.min(blockRows, lastRow - next);
    const range = h.sheet.getRange(
      areaAddress({ row: next, column: used.column, rowCount, columnCount: used.columnCount }),
    );
    range.load("values,numberFormat");
    try {
      // One request per ~4 MB block: the loop runs only for sheets too big for one request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows heavier than the first ones: halve the block and ask again. A GeneralException or
      // HTTP 500 may be the web's way of saying so, or another fault: a few tries, a quarter
      // the size each time, then it is reported.
      if (!mayBePayloadTooLarge(error) || rowCount === 1) throw error;
      const documented = isPayloadTooLarge(error);
      if (!documented && ++unclear > UNCLEAR_FAILURE_RETRIES) throw error;
      blockRows = Math.max(1, Math.floor(rowCount / (documented ? 2 : 4)));
      continue;
    }
    unclear = 0;
    place(values, formats, next, used.column, range.values, range.numberFormat);
    next += rowCount;
    onRows?.(base.name, next - used.row, used.rowCount);
  }
  const input: SheetInput = { name: h.sheet.name, values, numberFormats: formats };
  if (h.merges && !h.merges.isNullObject)
    input.merges = h.merges.areas.items.flatMap((area) => parseAreas(area.address));
  return { ...base, used, input };
}
