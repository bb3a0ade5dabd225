import type { DerivedFrom } from "../model/ledger";
import { compactText } from "../text";

/** The office a sheet names around its table, and where it was read. */
export interface ContextOffice {
  /** The name as written (庆元县院, 庆元县人民检察院). */
  text: string;
  source: Extract<DerivedFrom, "title" | "filler" | "sheetName" | "fileName">;
  /** Physical 1-based row of the title or 填表单位 line; null for the sheet's and the file's name. */
  row: number | null;
}

/** A line to search: its text and its physical 1-based row, if it is a row of the sheet. */
export interface ContextLine {
  text: string;
  row: number | null;
}

// 填表单位：阿坝县人民检察院  填表时间：2021年6月30日 — the name runs to the next space or label.
const FILLER =
  /(?:填表|填报|报送|制表|报表|上报)单位[:：]\s*([^\s:：,，;；]+?)(?=\s|$|[,，;；]|填表|填报|报送|时间|日期|[(（])/;
// A full name (…人民检察院, …检察院, …检察分院) or a place followed by 院 (庆元县院, 姜堰区院).
const FULL_NAME = /[\u4e00-\u9fa5]{2,20}?(?:人民检察院|检察分院|检察院)/g;
const SHORT_NAME = /[\u4e00-\u9fa5]{1,12}?(?:县|市|区|旗|州)院/g;
/** Words that begin a group of offices, not one office: 全省, 各县区院, 本院, 我院. */
const NOT_ONE_OFFICE = /^(全|各|本|我|该|所属|下属|辖区|基层|薄弱|先进|省)/;
/** Province-level and higher offices have no ledger of this kind of their own. */
const TOO_HIGH = /(省|自治区|最高)(人民)?检察院$/;

function officesIn(text: string): string[] {
  const compact = compactText(text);
  const found = new Set<string>();
  for (const pattern of [FULL_NAME, SHORT_NAME])
    for (const match of compact.matchAll(pattern)) {
      // 2021年阿坝县院: the run of 汉字 starts at 年 after the digits; 关于阿坝县院: at 关于.
      const afterDigit = /\d/.test(compact.charAt((match.index ?? 0) - 1));
      const name = match[0]
        .replace(afterDigit ? /^(年度|年|月份|月|日)/ : /^$/, "")
        .replace(/^.*?(关于|对|帮扶|联系)/, "");
      if (NOT_ONE_OFFICE.test(name) || TOO_HIGH.test(name)) continue;
      // A name found inside a longer one (阿坝县院 inside 阿坝县人民检察院) counts once.
      if ([...found].some((known) => known.includes(name) || name.includes(known))) continue;
      found.add(name);
    }
  return [...found];
}

/**
 * The one office a sheet belongs to when it has no office column: a 填表单位 line first, then the
 * title lines, the sheet's name and the file's name. A line naming two offices (成都市院帮扶阿坝县院)
 * says nothing about which one the rows belong to and is passed over; a province-level office
 * (四川省人民检察院) is not an office with a ledger of its own.
 */
export function contextOffice(
  lines: readonly ContextLine[],
  sheetName: string,
  fileName: string | undefined,
): ContextOffice | undefined {
  for (const line of lines) {
    const name = FILLER.exec(compactText(line.text))?.[1];
    const offices = name === undefined ? [] : officesIn(name);
    if (offices.length === 1) return { text: offices[0]!, source: "filler", row: line.row };
  }
  for (const line of lines) {
    if (FILLER.test(compactText(line.text))) continue;
    const offices = officesIn(line.text);
    if (offices.length === 1) return { text: offices[0]!, source: "title", row: line.row };
  }
  const fromSheet = officesIn(sheetName);
  if (fromSheet.length === 1) return { text: fromSheet[0]!, source: "sheetName", row: null };
  if (fileName !== undefined) {
    const fromFile = officesIn(fileName.replace(/\.[a-z0-9]+$/i, ""));
    if (fromFile.length === 1) return { text: fromFile[0]!, source: "fileName", row: null };
  }
  return undefined;
}
