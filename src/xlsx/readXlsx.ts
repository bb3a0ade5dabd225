import type { SheetInput } from "../core/model/cell";
import { MAX_CELLS, MAX_PART_BYTES, MAX_SHARED_STRINGS_BYTES, MAX_TOTAL_BYTES } from "./limits";
import { StylesReader } from "./numberFormats";
import { ReadFailure, type ReadProblem } from "./readProblem";
import { SharedStringsReader } from "./sharedStrings";
import { sheetGrid, tooLarge } from "./sheetGrid";
import { SheetReader, SheetTooLarge, type SheetContext } from "./sheetReader";
import { isMarkName } from "../app/ownership/marks";
import { ownedSheetKeys } from "./sheetMarks";
import { folderOf, RelationshipsReader, relsOf, WorkbookReader } from "./workbookParts";
import { XmlScanner, type XmlHandler } from "./xmlScanner";
import { inflateEntry, zipEntries, type ZipEntry } from "./zipArchive";

export interface ReadOptions {
  /** Recorded on every sheet (SheetInput.file). */
  file?: string;
  /** Only this worksheet (the others are not parsed). */
  sheetName?: string;
}

export interface ReadResult {
  sheets: SheetInput[];
  problems: ReadProblem[];
}

/** One zip, its parts found by name whatever their case (part names are case-insensitive). */
class Package {
  private readonly parts = new Map<string, ZipEntry>();
  private readonly budget = { left: MAX_TOTAL_BYTES, limit: MAX_TOTAL_BYTES };

  constructor(private readonly data: Uint8Array) {
    for (const entry of zipEntries(data)) this.parts.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** Streams a part through a handler; false when the package has no such part. */
  read(name: string, handler: XmlHandler, limit = MAX_PART_BYTES): boolean {
    const entry = this.parts.get(name.toLowerCase());
    if (entry === undefined) return false;
    const scanner = new XmlScanner(handler);
    inflateEntry(this.data, entry, limit, this.budget, (chunk) => scanner.pushBytes(chunk));
    scanner.end();
    return true;
  }
}

/**
 * Every worksheet of an .xlsx/.xlsm (or only `sheetName`), in tab order. Chart sheets are left
 * out. Throws ReadFailure for a zip that is no workbook or breaks a limit; a sheet too large to
 * hand out is left out with its problem.
 */
export function readXlsx(data: Uint8Array, options: ReadOptions = {}): ReadResult {
  const pkg = new Package(data);
  if (pkg.has("xl/workbook.bin")) throw new ReadFailure({ type: "xlsb" });
  if (pkg.has("mimetype") && pkg.has("content.xml")) throw new ReadFailure({ type: "ods" });
  const root = new RelationshipsReader("");
  pkg.read("_rels/.rels", root);
  const workbookPart = root.targetOf("officeDocument") ?? "xl/workbook.xml";
  // Only Taizhang's marks among the defined names are decoded: they say which sheets it wrote.
  const workbook = new WorkbookReader(isMarkName);
  if (!pkg.read(workbookPart, workbook) || !workbook.isWorkbook)
    throw new ReadFailure({ type: "notSpreadsheet" });
  const folder = folderOf(workbookPart);
  const rels = new RelationshipsReader(folder);
  pkg.read(relsOf(workbookPart), rels);

  const strings = new SharedStringsReader();
  pkg.read(
    rels.targetOf("sharedStrings") ?? `${folder}sharedStrings.xml`,
    strings,
    MAX_SHARED_STRINGS_BYTES,
  );
  const styles = new StylesReader();
  pkg.read(rels.targetOf("styles") ?? `${folder}styles.xml`, styles);
  const context: SheetContext = {
    sharedStrings: strings.strings,
    styleFormats: styles.formats(),
    date1904: workbook.date1904,
    budget: { left: MAX_CELLS, limit: MAX_CELLS },
  };

  const owned = ownedSheetKeys(workbook.names);
  const result: ReadResult = { sheets: [], problems: [] };
  for (const entry of workbook.sheets) {
    if (options.sheetName !== undefined && entry.name !== options.sheetName) continue;
    const rel = rels.byId.get(entry.rid);
    // Chart sheets, dialog and macro sheets hold no cells.
    if (rel === undefined || !rel.type.endsWith("/worksheet")) continue;
    const reader = new SheetReader(context);
    try {
      if (!pkg.read(rel.target, reader)) throw new ReadFailure({ type: "damaged" });
    } catch (error) {
      if (!(error instanceof SheetTooLarge)) throw error;
      result.problems.push(tooLarge(entry.name, error.rows, error.columns));
      continue;
    }
    const ownedKey = owned.get(entry.name);
    const meta = {
      name: entry.name,
      visibility: entry.visibility,
      date1904: workbook.date1904,
      ...(ownedKey === undefined ? {} : { ownedKey }),
    };
    const grid = sheetGrid(
      reader.result(),
      options.file === undefined ? meta : { ...meta, file: options.file },
    );
    if ("values" in grid) result.sheets.push(grid);
    else result.problems.push(grid);
  }
  return result;
}
