// A problem ledger (问题整改台账) as an .xlsx, written the way Excel writes one: a merged title
// row, a header row, then problems of one to four measure rows each whose problem columns
// (问题编号 … 原因分析) are merged over their measures — Excel leaves styled empty cells under a
// merge — shared strings, dates under a built-in and a Chinese custom format, a formula with its
// cached value, and a few hidden rows. Written by hand (and zipped with fflate) because ExcelJS's
// own writer checks each merge against every earlier one and cannot write 200k rows of them.
import { strToU8, zipSync } from "fflate";
import { TITLES as HEADERS } from "../validate.bench";

const LETTERS = "ABCDEFGHIJKLMNO";
const OFFICES = ["阿坝县院", "甘洛县院", "丰县院", "响水县院", "长汀县院", "庆元县院", "玛多县院"];
const CATEGORIES = ["政治", "业务", "队伍", "纪律作风", "检务保障", "信息化"];
const UNITS = ["政治部", "第一检察部", "第二检察部", "办公室", "检务督察部", "案件管理部"];
const PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"];
const STATUS = ["已完成", "正在推进", "未完成"];

/** Problem columns (A–E) merged over a problem's measure rows. */
const PROBLEM_COLUMNS = 5;
const SERIAL_2021 = 44197;

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

class Strings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;
  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t>${escape(t)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="问题整改台账" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;

export interface LedgerFile {
  bytes: Uint8Array;
  /** Cells holding a value (a formula whose cached value is empty holds none). */
  cells: number;
  /** Merged areas. */
  merges: number;
  /** The number the next problem would have: `firstProblem` of the office's next file. */
  nextProblem: number;
}

export interface LedgerOptions {
  merged: boolean;
  /** Every row's 院名称 (one office's own ledger); default: seven offices in turn. */
  office?: string;
  /** Put before each 问题编号, so that offices' files do not share problem numbers. */
  idPrefix?: string;
  /**
   * The number of the first problem (default 1): an office's ledger split over several files
   * continues its problems, so the files together hold what one file of all their rows would.
   */
  firstProblem?: number;
}

/** A problem ledger of `rows` measure rows × 15 columns (plus the title and header rows). */
export function ledgerXlsx(rows: number, options: LedgerOptions = { merged: true }): LedgerFile {
  const strings = new Strings();
  const out: string[] = [];
  const merges: string[] = ["A1:O1"];
  let cells = 0;
  const text = (ref: string, value: string, style = 3) => {
    cells++;
    return `<c r="${ref}" s="${style}" t="s"><v>${strings.of(value)}</v></c>`;
  };
  const number = (ref: string, value: number, style: number) => {
    cells++;
    return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  };
  out.push(
    `<row r="1" spans="1:15" ht="27" customHeight="1">${text("A1", "2021年问题整改台账", 4)}`,
  );
  for (let c = 1; c < 15; c++) out.push(`<c r="${LETTERS[c]}1" s="4"/>`);
  out.push("</row>");
  out.push(
    `<row r="2" spans="1:15">${HEADERS.map((h, c) => text(`${LETTERS[c]}2`, h, 4)).join("")}</row>`,
  );
  let r = 3;
  let p = options.firstProblem ?? 1;
  for (; r < rows + 3; p++) {
    const span = Math.min(1 + (p % 4), rows + 3 - r);
    if (options.merged && span > 1)
      for (let c = 0; c < PROBLEM_COLUMNS; c++)
        merges.push(`${LETTERS[c]}${r}:${LETTERS[c]}${r + span - 1}`);
    for (let m = 0; m < span; m++, r++) {
      const first = m === 0 || !options.merged;
      const parts: string[] = [];
      if (first) {
        parts.push(
          text(`A${r}`, `${options.idPrefix ?? ""}WT-${String(p).padStart(6, "0")}`),
          text(`B${r}`, options.office ?? OFFICES[p % OFFICES.length]!),
          text(`C${r}`, CATEGORIES[p % CATEGORIES.length]!),
          text(`D${r}`, `第${p}项问题：案件质量评查发现文书制作不规范，说理不充分`),
          text(`E${r}`, `一是学习不够；二是第${p}项制度落实不到位；三是监督缺位`),
        );
      } else {
        for (let c = 0; c < PROBLEM_COLUMNS; c++) parts.push(`<c r="${LETTERS[c]}${r}" s="3"/>`);
      }
      const status = (p + m) % 3;
      const start = SERIAL_2021 + (p % 180);
      parts.push(
        text(`F${r}`, `措施${p}-${m + 1}：开展专项培训并建立常态化评查机制（第${r}行）`),
        text(`G${r}`, UNITS[(p + m) % UNITS.length]!),
        text(`H${r}`, PEOPLE[(p * 3 + m) % PEOPLE.length]!),
        number(`I${r}`, start, 1),
        number(`J${r}`, start + 90 + (m % 3) * 30, 2),
        text(`K${r}`, STATUS[status]!),
      );
      if (status === 0) parts.push(number(`L${r}`, start + 60, 1), text(`M${r}`, "是"));
      else parts.push(`<c r="L${r}" s="1"/>`, text(`M${r}`, "否"));
      if (r % 7 === 0) parts.push(text(`N${r}`, "培训通知、签到表"));
      else parts.push(`<c r="N${r}" s="3"/>`);
      // The formula's cached value is empty unless the measure is done: only then a value.
      if (status === 0) cells++;
      parts.push(
        `<c r="O${r}" s="3" t="str"><f>IF(K${r}="已完成","√","")</f><v>${status === 0 ? "√" : ""}</v></c>`,
      );
      const hidden = r % 997 === 0 ? ' hidden="1"' : "";
      out.push(`<row r="${r}" spans="1:15"${hidden}>${parts.join("")}</row>`);
    }
  }
  const last = rows + 2;
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:O${last}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25"/><cols><col min="1" max="15" width="14.625" customWidth="1"/></cols><sheetData>` +
    out.join("") +
    `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const bytes = zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(PACKAGE_RELS),
      "xl/workbook.xml": strToU8(WORKBOOK),
      "xl/_rels/workbook.xml.rels": strToU8(WORKBOOK_RELS),
      "xl/styles.xml": strToU8(STYLES),
      "xl/sharedStrings.xml": strToU8(strings.xml()),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    },
    { level: 6 },
  );
  return { bytes, cells, merges: merges.length, nextProblem: p };
}
