import { bindingFor, bindingOf, withLedger } from "../../app/bindings";
import { newRunId } from "../../app/ownership/marks";
import type { SheetRead as AppSheetRead, WorkbookHost, WorkbookState } from "../../app/host";
import { TaizhangError } from "../../core/errors";
import type { CellArea, SheetInput } from "../../core/model/cell";
import { usedArea } from "../../core/model/usedArea";
import type { Compression } from "../package/compression";
import { XlsxPackage } from "../package/xlsxPackage";
import { WorkbookModel } from "../package/workbookModel";
import { readWorkbook } from "../readWorkbook";
import { writePlan } from "../write/writePlan";
import { writeBindings } from "./bindingsStore";
import { decide } from "./decide";
import { findOwned, sheetContents } from "./ownedFound";
import { ownedToRemove } from "./removeOwned";
import { isProtected, sheetIdText, sheetRead, surveyOf } from "./survey";

/** Reads a workbook's bytes into the core's sheets: the one reader this host calls. */
export type SheetsReader = (bytes: Uint8Array, options: { file?: string }) => Promise<SheetInput[]>;

export interface XlsxHostOptions {
  /** The file's name, recorded on every sheet read (SheetInput.file). */
  file?: string;
  /** How sheets are read (default: readWorkbook, the .xlsx reader of this folder). */
  read?: SheetsReader;
  /** How written parts are deflated (default: fflate; the command line gives Node's zlib). */
  compression?: Compression;
}

/** A workbook file held in memory, as workflows see it, and its bytes when done. */
export interface XlsxHost extends WorkbookHost {
  /** The workbook as it now is: parts this host never touched are copied as they were read. */
  save(): Uint8Array;
}

/**
 * The .xlsx host (for the command line and the browser page): the workflows of src/app run on a
 * file as they do in Excel. Plans are written by patching the file's parts, never by re-saving
 * it through a library, so charts, pictures, pivot tables and anything else the add-in does not
 * write come out exactly as they went in. Sheet ids are the workbook's own sheetIds (kept by
 * Excel across saves). Bindings live in a custom XML part (see bindingsStore.ts).
 *
 * Not applicable to a file: `selectCell` only checks the sheet exists (there is no cursor to
 * move) and `watchEdits` never reports (nobody edits the file while it is held here).
 */
export function createXlsxHost(bytes: Uint8Array, options: XlsxHostOptions = {}): XlsxHost {
  let pkg = XlsxPackage.open(
    bytes,
    options.compression === undefined ? {} : { compression: options.compression },
  );
  const read: SheetsReader = options.read ?? ((data, o) => readWorkbook(data, o));
  const fileOption = options.file === undefined ? {} : { file: options.file };
  // Sheets as last read, until the next write changes the package.
  let sheetsCache: { pkg: XlsxPackage; sheets: Promise<SheetInput[]> } | undefined;
  let original: Uint8Array | undefined = bytes;

  const allSheets = (): Promise<SheetInput[]> => {
    if (sheetsCache?.pkg !== pkg) {
      // A stored (not deflated) copy: read back at once, never handed out.
      const data = original ?? pkg.save({ level: 0 });
      sheetsCache = { pkg, sheets: read(data, fileOption) };
    }
    return sheetsCache.sheets;
  };
  const readNamed = async (names: readonly string[]): Promise<SheetInput[]> => {
    const sheets = await allSheets();
    return names.map((name) => {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new TaizhangError("sheetMissing", name);
      return found;
    });
  };
  const replace = (next: XlsxPackage) => {
    pkg = next;
    original = undefined;
  };
  /** A change of bindings only: the sheets as read stay valid. */
  const keepSheets = (change: () => XlsxPackage) => {
    const cached = sheetsCache?.pkg === pkg ? sheetsCache.sheets : undefined;
    const next = change();
    replace(next);
    if (cached) sheetsCache = { pkg: next, sheets: cached };
  };
  const state = (): WorkbookState => {
    const survey = surveyOf(pkg, WorkbookModel.read(pkg));
    return { sheets: survey.sheets, active: survey.active, bindings: survey.bindings };
  };

  return {
    state: () => Promise.resolve(state()),

    readSheets: readNamed,

    async readRows(sheet, rows) {
      const [input] = await readNamed([sheet]);
      const values = input?.values ?? [];
      const used = usedArea(values);
      if (!used) return { used, rows: [] };
      const inside = rows.filter((r) => r - 1 >= used.row && r - 1 < used.row + used.rowCount);
      const merges = input?.merges;
      const meets = (m: CellArea) =>
        inside.some((r) => r - 1 >= m.row && r - 1 < m.row + m.rowCount);
      return {
        used,
        rows: inside.map((row) => ({
          row,
          values: [...(values[row - 1] ?? [])],
          numberFormats: [...(input?.numberFormats?.[row - 1] ?? [])],
        })),
        ...(merges ? { merges: { meeting: merges.filter(meets), total: merges.length } } : {}),
        // Nothing recalculates a file held here: its formulas' values are as saved.
        formulas: [],
      };
    },

    async write(request) {
      const model = WorkbookModel.read(pkg);
      const survey = surveyOf(pkg, model);
      const names = typeof request.sheets === "function" ? request.sheets(survey) : request.sheets;
      const inputs = await readNamed(names);
      const reads = inputs.map((input, i) => {
        const sheet = model.worksheets().find((s) => s.name === names[i]);
        if (!sheet) throw new TaizhangError("sheetMissing", names[i] ?? "");
        return sheetRead(pkg, sheet, input);
      });
      const appReads: AppSheetRead[] = reads.map((r) => ({
        name: r.name,
        id: r.id,
        input: r.input,
      }));
      const built = await request.build(appReads, {
        sheets: survey.sheets,
        active: survey.active,
        bindings: survey.bindings,
      });
      const contents = sheetContents(pkg, model, await allSheets());
      const owned = findOwned(survey, built.plan, built.ledgers ?? [], contents);
      const decided = decide(built.plan, survey, model, reads, built.ledgers, {
        activate: built.activate === true,
        owned,
        run: newRunId(),
      });
      const result = writePlan(pkg, decided.decisions);
      const { bindings } = decided;
      if (JSON.stringify(bindings) !== JSON.stringify(survey.bindings))
        writeBindings(result.pkg, WorkbookModel.read(result.pkg), bindings);
      replace(result.pkg);
      return {
        notes: decided.notes,
        sheetNames: decided.sheetNames,
        columns: decided.columns,
      };
    },

    async saveBinding(request) {
      const model = WorkbookModel.read(pkg);
      const sheet = model.worksheets().find((s) => s.name === request.sheet);
      if (!sheet) throw new TaizhangError("sheetMissing", request.sheet);
      const bindings = surveyOf(pkg, model).bindings;
      const binding = bindingOf(bindings, { name: sheet.name, id: sheetIdText(sheet) }, request);
      keepSheets(() => {
        const next = pkg.clone();
        writeBindings(next, model, withLedger(bindings, binding));
        return next;
      });
      return binding;
    },

    async updateBindings(change) {
      const model = WorkbookModel.read(pkg);
      const next = change(surveyOf(pkg, model).bindings);
      keepSheets(() => {
        const copy = pkg.clone();
        writeBindings(copy, model, next);
        return copy;
      });
      return next;
    },

    async removeOwnedColumns(sheetName) {
      const model = WorkbookModel.read(pkg);
      const sheet = model.worksheets().find((s) => s.name === sheetName);
      if (!sheet) throw new TaizhangError("sheetMissing", sheetName);
      const survey = surveyOf(pkg, model);
      const binding = bindingFor(survey.bindings, sheet.name, sheetIdText(sheet));
      if (!binding) return 0;
      const contents = sheetContents(pkg, model, await allSheets());
      const { clear, keep, forget } = ownedToRemove(binding, sheet.name, survey.marks, contents);
      if (clear.length === 0 && forget.length === 0 && binding.ownedColumns.length === 0) return 0;
      if (clear.length > 0 && isProtected(pkg, sheet))
        throw new TaizhangError("sheetProtected", sheet.name);
      const { scheme: _scheme, options: _options, ...rest } = binding;
      const after = withLedger(survey.bindings, { ...rest, ownedColumns: [] });
      const names = { remove: forget.map((name) => ({ name })) };
      const result = writePlan(pkg, {
        ...(clear.length > 0
          ? { columns: [{ sheetId: sheet.sheetId, columns: [], clear, keep }] }
          : {}),
        names,
      }).pkg;
      writeBindings(result, WorkbookModel.read(result), after);
      replace(result);
      return clear.length;
    },

    async selectCell(sheet) {
      if (!state().sheets.some((s) => s.name === sheet))
        throw new TaizhangError("sheetMissing", sheet);
    },

    async watchEdits() {
      return async () => undefined;
    },

    save: () => pkg.save(),
  };
}
