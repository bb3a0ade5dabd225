import { fillTemplate } from "../core/text";
import type { Lang } from "../core/validate";

/** A value already worded in each language (a reader's problem, say). */
export type Localized = Record<Lang, string>;

/** Every line the CLI prints, zh-CN first. Placeholders in braces. */
const TEXTS = {
  usage: {
    zh: "用法：taizhang <命令> [选项]\n\n命令：\n{commands}\n\n运行 taizhang <命令> --help 查看该命令的选项。",
    en: "Usage: taizhang <command> [options]\n\nCommands:\n{commands}\n\nRun taizhang <command> --help for its options.",
  },
  validateUsage: {
    zh: "用法：taizhang validate 文件... [--schema 描述文件.json] [--kind 台账类型] [--sheet 工作表名] [--year 年份] [--json] [--lang zh|en]\n\n检查 .xlsx 和 .csv 台账：找到表头、识别台账类型、逐行检查每个单元格。\n台账类型：{kinds}\n退出码：0 全部通过，1 发现错误，2 文件无法读取、未找到台账或参数错误。",
    en: "Usage: taizhang validate FILE... [--schema DESCRIPTOR.json] [--kind KIND] [--sheet NAME] [--year YYYY] [--json] [--lang zh|en]\n\nChecks .xlsx and .csv ledgers: finds the header, recognises the ledger, checks every cell.\nKinds: {kinds}\nExit codes: 0 valid, 1 errors found, 2 unreadable input, no ledger found or bad arguments.",
  },
  validateSummary: {
    zh: "检查台账文件并报告每个错误单元格",
    en: "check ledger files and report every bad cell",
  },
  unknownCommand: { zh: "未知命令“{name}”。", en: 'Unknown command "{name}".' },
  badOption: { zh: "参数错误：{detail}", en: "Bad arguments: {detail}" },
  noFiles: {
    zh: "请指定至少一个 .xlsx 或 .csv 文件。",
    en: "Name at least one .xlsx or .csv file.",
  },
  badKind: {
    zh: "未知台账类型“{name}”，可选：{kinds}。",
    en: 'Unknown ledger kind "{name}"; use one of {kinds}.',
  },
  badLang: { zh: "--lang 只能是 zh 或 en。", en: "--lang must be zh or en." },
  badYear: {
    zh: "--year 应为四位年份，如 2021。",
    en: "--year must be a four-digit year such as 2021.",
  },
  fileMissing: { zh: "找不到文件“{file}”。", en: 'File "{file}" does not exist.' },
  fileUnreadable: { zh: "无法读取文件“{file}”：{detail}", en: 'Cannot read "{file}": {detail}' },
  fileReadFailed: {
    zh: "读取文件“{file}”时出错，请确认文件可以打开。",
    en: 'Reading "{file}" failed: check that the file can be opened.',
  },
  filePermission: { zh: "没有读取文件“{file}”的权限。", en: 'No permission to read "{file}".' },
  fileNotRegular: {
    zh: "“{file}”不是普通文件（而是文件夹、设备或管道），无法读取。",
    en: '"{file}" is not a regular file (it is a folder, a device or a pipe).',
  },
  fileTooLarge: {
    zh: "文件“{file}”过大（{size} MB），最多可读取 {limit} MB。",
    en: 'File "{file}" is too large ({size} MB); at most {limit} MB can be read.',
  },
  noLedgerAtAll: {
    zh: "未找到台账：所给文件中没有可识别的台账（隐藏、作废的工作表和统计表不计）。",
    en: "No ledger found in the files given (hidden or void sheets and count tables do not count).",
  },
  noLedger: {
    zh: "文件“{file}”中未找到台账（没有含数据的工作表）。",
    en: 'No ledger found in "{file}" (no sheet holds data).',
  },
  sheetMissing: { zh: "文件中没有名为“{name}”的工作表。", en: 'No worksheet is named "{name}".' },
  descriptorBad: {
    zh: "描述文件“{file}”无效：{detail}",
    en: 'Descriptor "{file}" is not valid: {detail}',
  },
  noOutput: {
    zh: "请用 -o 指定要写出的 .xlsx 文件。",
    en: "Name the .xlsx file to write with -o.",
  },
  outputExists: {
    zh: "文件“{file}”已存在，未做任何更改。如要覆盖，请加 --force。",
    en: 'File "{file}" already exists; nothing was written. Add --force to replace it.',
  },
  outputIsInput: {
    zh: "“{file}”是要读取的文件之一：台账助手从不改动原文件，请另选输出文件名。",
    en: '"{file}" is one of the files read: Taizhang never changes them; choose another output name.',
  },
  outputFolderMissing: {
    zh: "无法写出“{file}”：所在文件夹不存在。",
    en: 'Cannot write "{file}": its folder does not exist.',
  },
  outputWriteFailed: {
    zh: "写出文件“{file}”失败，请确认有写入权限且文件未被其他程序打开。",
    en: 'Writing "{file}" failed: check the folder is writable and the file is not open elsewhere.',
  },
  workflowRefused: { zh: "{detail}", en: "{detail}" },
  wrote: { zh: "已写出：{file}", en: "Written: {file}" },
  needsXlsx: {
    zh: "“{file}”不是 .xlsx 工作簿：只能写入 .xlsx（.csv 或 .xls 请先在 Excel 中另存为 .xlsx）。",
    en: '"{file}" is not an .xlsx workbook: only .xlsx can be written into (save a .csv or .xls as .xlsx in Excel first).',
  },
  oneFileOnly: {
    zh: "apply 一次处理一个文件；多个院的文件请用 taizhang consolidate 合并。",
    en: "apply takes one file; use taizhang consolidate for several offices' files.",
  },
  appliedLedger: { zh: "台账：工作表“{sheet}”（{kind}）", en: 'Ledger: sheet "{sheet}" ({kind})' },
  appliedIssues: { zh: "校验发现{count}个问题。", en: "Validation found {count} issues." },
  appliedSheets: { zh: "写入的工作表：{sheets}", en: "Sheets written: {sheets}" },
  templateTakesNoFile: {
    zh: "template 不读取文件：用 --kinds 选择台账类型，用 -o 指定新文件。",
    en: "template reads no file: choose kinds with --kinds and the new file with -o.",
  },
  templateSheet: { zh: "工作表“{sheet}”：{kind}", en: 'Sheet "{sheet}": {kind}' },
  consolidatedFiles: { zh: "读取了{files}个文件。", en: "{files} files read." },
  consolidatedKind: { zh: "  {sheet}：{rows}行", en: "  {sheet}: {rows} rows" },
  consolidatedUnreadable: {
    zh: "无法读取“{file}”：{detail}",
    en: 'Cannot read "{file}": {detail}',
  },
  consolidatedCopy: {
    zh: "“{file}”与“{original}”内容完全相同，只计入一次。",
    en: '"{file}" has exactly the same content as "{original}": counted once.',
  },
  consolidatedSamePrevious: {
    zh: "“{file}”与上期“{others}”内容完全相同，可能重复报送了上期文件。",
    en: '"{file}" has exactly the same content as last period\'s "{others}": possibly sent again.',
  },
  consolidatedVersion: {
    zh: "“{file}”与“{other}”的{kind}有{shared}项相同，可能是同一台账的不同期次，两份都已计入，请核实。",
    en: '"{file}" and "{other}" share {shared} items of their {kind}: possibly two versions of one ledger, both counted; please check.',
  },
  consolidatedRepeats: {
    zh: "{count}个编号出现在不止一个文件中，见“重复编号”工作表。",
    en: '{count} keys appear in more than one file; see the "Repeated keys" sheet.',
  },
  consolidatedMissing: {
    zh: "名册中{count}个院未报送：{offices}",
    en: "{count} offices of the registry sent nothing: {offices}",
  },
  internal: {
    zh: "内部错误，未能完成。请将所用命令和文件报告给开发者（设置环境变量 TAIZHANG_DEBUG=1 可查看详情）。",
    en: "Internal error: the command did not finish. Please report the command and files (set TAIZHANG_DEBUG=1 for details).",
  },
  tableLine: {
    zh: "{file} · 工作表“{sheet}” · {title} · 表头第{header}行 · 数据{rows}行",
    en: '{file} · sheet "{sheet}" · {title} · header row {header} · {rows} data rows',
  },
  notesLine: { zh: "读取说明：", en: "How the files were read:" },
  mappingLine: { zh: "  列对应：{mapping}", en: "  Columns: {mapping}" },
  unmappedLine: { zh: "  未识别的列：{columns}", en: "  Unrecognised columns: {columns}" },
  skippedLine: { zh: "  已跳过：{rows}", en: "  Skipped: {rows}" },
  valid: { zh: "  ✔ 未发现错误", en: "  ✔ No errors" },
  invalid: { zh: "  ✘ 共{count}个错误（{counts}）", en: "  ✘ {count} errors ({counts})" },
  truncated: { zh: "  ……仅列出前{shown}个", en: "  …only the first {shown} are listed" },
  skippedTotal: { zh: "第{row}行{text}", en: "row {row} {text}" },
  skippedHeader: { zh: "第{row}行重复的表头", en: "row {row} repeated header" },
  summaryValid: { zh: "全部通过：{tables}张表。", en: "All valid: {tables} tables." },
  summaryInvalid: { zh: "{bad}/{tables}张表有错误。", en: "{bad} of {tables} tables have errors." },
} as const;

export type TextKey = keyof typeof TEXTS;

export function text(
  lang: Lang,
  key: TextKey,
  values: Record<string, string | number | Localized> = {},
): string {
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    worded[name] = typeof value === "object" ? value[lang] : value;
  return fillTemplate(TEXTS[key][lang], worded);
}
