// What a person does to a file in Excel between two runs, done to the file's parts the way Excel
// saves it: a value typed into a cell (replacing what was there, formula included), a sheet
// renamed (its names follow, as in Excel), and — to make a file as an older version of the
// add-in wrote it — the add-in's marks taken out.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parseAddress } from "../../../src/core/model/address";

type Files = Record<string, Uint8Array>;

function edit(bytes: Uint8Array, change: (files: Files, text: (n: string) => string) => void) {
  const files = unzipSync(bytes) as Files;
  change(files, (name) => strFromU8(files[name]!));
  return zipSync(files);
}

/** The part of the named worksheet, through the workbook's relationships. */
export function sheetPartName(parts: Record<string, string>, sheet: string): string {
  const tag = [...parts["xl/workbook.xml"]!.matchAll(/<sheet\s[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(` name="${sheet}"`));
  const rid = tag && / r:id="(\w+)"/.exec(tag)?.[1];
  const target = new RegExp(`Id="${rid}" Type="[^"]+" Target="([^"]+)"`).exec(
    parts["xl/_rels/workbook.xml.rels"]!,
  )?.[1];
  if (!rid || !target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function partsOfFiles(files: Files): Record<string, string> {
  const text = (n: string) => (files[n] ? strFromU8(files[n]) : "");
  return {
    "xl/workbook.xml": text("xl/workbook.xml"),
    "xl/_rels/workbook.xml.rels": text("xl/_rels/workbook.xml.rels"),
  };
}

/**
 * Text typed into a cell: replaces the cell (its formula too) where there is one, else goes at
 * the end of its row (the caller types right of the row's cells) or in a new row after the
 * sheet's last.
 */
export function typeInto(bytes: Uint8Array, sheet: string, address: string, text: string) {
  return edit(bytes, (files, read) => {
    const part = sheetPartName(partsOfFiles(files), sheet);
    let xml = read(part);
    const at = parseAddress(address)!;
    const cell = `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const existing = new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`);
    const row = new RegExp(`(<row r="${at.row + 1}"[^>]*?)(/>|>([\\s\\S]*?)</row>)`);
    if (existing.test(xml)) xml = xml.replace(existing, cell);
    else if (row.test(xml))
      xml = xml.replace(row, (_, open: string, _end: string, inner = "") => {
        return `${open.replace(/ spans="[^"]*"/, "")}>${inner}${cell}</row>`;
      });
    else xml = xml.replace("</sheetData>", `<row r="${at.row + 1}">${cell}</row></sheetData>`);
    files[part] = strToU8(xml);
  });
}

/** The sheet renamed, with every name over it following (as Excel does). */
export function renameSheet(bytes: Uint8Array, from: string, to: string) {
  return edit(bytes, (files, read) => {
    const xml = read("xl/workbook.xml")
      .replace(`<sheet name="${from}"`, `<sheet name="${to}"`)
      .replaceAll(`'${from}'!`, `'${to}'!`)
      .replaceAll(`&apos;${from}&apos;!`, `'${to}'!`);
    files["xl/workbook.xml"] = strToU8(xml);
    files["docProps/app.xml"] = strToU8(read("docProps/app.xml").replace(`>${from}<`, `>${to}<`));
  });
}

/** The sheet deleted: gone from the workbook's list, and names over it now refer to #REF!. */
export function deleteSheet(bytes: Uint8Array, sheet: string) {
  return edit(bytes, (files, read) => {
    const xml = read("xl/workbook.xml")
      .replace(new RegExp(`<sheet [^>]*name="${sheet}"[^>]*/>`), "")
      .replaceAll(`'${sheet}'!`, "#REF!");
    files["xl/workbook.xml"] = strToU8(xml);
  });
}

/** The file without the add-in's marks: as a version from before marks wrote it. */
export function withoutMarks(bytes: Uint8Array) {
  return edit(bytes, (files, read) => {
    files["xl/workbook.xml"] = strToU8(
      read("xl/workbook.xml").replace(
        /<definedName name="Taizhang_[^"]*"[^>]*>[^<]*<\/definedName>/g,
        "",
      ),
    );
  });
}
