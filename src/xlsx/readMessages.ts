import { fillTemplate } from "../core/text";
import type { Lang } from "../core/validate";
import type { ReadProblem } from "./readProblem";

// Why a file could not be read, in the user's words: what the file is and what to do about it.
// No library message and no internal name (zip part, error code) reaches the user.

const TEXTS: Record<ReadProblem["type"], Record<Lang, string>> = {
  encrypted: {
    zh: "文件已加密，请在 Excel 中取消密码后另存。",
    en: "The file is password-protected: remove the password in Excel and save it again.",
  },
  legacyXls: {
    zh: "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再读取。",
    en: "This is an Excel 97-2003 workbook (.xls): save it as .xlsx in Excel, then read that.",
  },
  xlsb: {
    zh: "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再读取。",
    en: "This is an Excel binary workbook (.xlsb): save it as .xlsx in Excel, then read that.",
  },
  ods: {
    zh: "这是 OpenDocument 表格（.ods），请在 WPS 或 Excel 中另存为 .xlsx 后再读取。",
    en: "This is an OpenDocument spreadsheet (.ods): save it as .xlsx, then read that.",
  },
  markup: {
    zh: "这是网页或 XML 格式的表格，请在 Excel 中打开后另存为 .xlsx。",
    en: "This is a web page or XML table: open it in Excel and save it as .xlsx.",
  },
  notSpreadsheet: {
    zh: "不是 Excel 工作簿（.xlsx）或 CSV 文本文件。",
    en: "It is neither an Excel workbook (.xlsx) nor a CSV text file.",
  },
  damaged: {
    zh: "文件已损坏或不完整，请在 Excel 中打开并重新保存后再试。",
    en: "The file is damaged or incomplete: open it in Excel, save it again and retry.",
  },
  fileTooLarge: {
    zh: "文件过大（{bytes}），最多可读取 {limit}。",
    en: "The file is too large ({bytes}); at most {limit} can be read.",
  },
  partTooLarge: {
    zh: "文件解压后超过 {limit}，不是正常的工作簿（可能是恶意构造的文件），已拒绝读取。",
    en: "The file unpacks to more than {limit}, which no normal workbook does (it may be crafted); it was not read.",
  },
  tooManyCells: {
    zh: "文件中有数据的单元格超过{limit}个，超出可读取的上限。",
    en: "The file holds more than {limit} cells with data, more than can be read.",
  },
  sheetTooLarge: {
    zh: "工作表“{sheet}”的数据范围 {range} 过大（{cells}个单元格，上限{limit}个），请删除远处多余的单元格后另存。",
    en: 'Sheet "{sheet}" spans {range} ({cells} cells; at most {limit}): delete the stray cells far out and save again.',
  },
};

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** 17179869184 → "171.8亿", 20000000 → "2000万" in Chinese; 17,179,869,184 in English. */
function count(n: number, lang: Lang): string {
  if (lang === "en") return n.toLocaleString("en-US");
  if (n >= 1e8) return `${Math.round(n / 1e7) / 10}亿`;
  if (n >= 1e4) return `${Math.round(n / 1e3) / 10}万`;
  return String(n);
}

/** The problem as one sentence for the user. */
export function readProblemText(problem: ReadProblem, lang: Lang): string {
  const template = TEXTS[problem.type][lang];
  switch (problem.type) {
    case "fileTooLarge":
      return fillTemplate(template, {
        bytes: megabytes(problem.bytes),
        limit: megabytes(problem.limit),
      });
    case "partTooLarge":
      return fillTemplate(template, { limit: megabytes(problem.limit) });
    case "tooManyCells":
      return fillTemplate(template, { limit: count(problem.limit, lang) });
    case "sheetTooLarge":
      return fillTemplate(template, {
        sheet: problem.sheet,
        range: problem.range,
        cells: count(problem.cells, lang),
        limit: count(problem.limit, lang),
      });
    default:
      return template;
  }
}
