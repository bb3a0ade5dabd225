import type { Lang } from "../core/model";
import { fillTemplate } from "../core/text/fillTemplate";

/**
 * Every text the browser page shows, keyed once, in both languages (as src/taskpane/i18n does
 * for the pane). Chinese follows 公文 usage: “” quotation marks, no spaces around figures.
 */
const zhCN = {
  title: "台账助手（浏览器版）",
  intro:
    "无需 Excel 加载项：在浏览器中打开台账文件（.xlsx 或 .csv），识别、校验、添加标识并生成汇总，然后下载结果。文件只在本机浏览器中处理，不会上传。",
  language: "English",
  choose: "选择文件",
  drop: "或把文件拖到这里（可多个）",
  dropActive: "松开鼠标即可打开",
  opening: "正在读取“{file}”…",
  closeFile: "关闭",
  sourceText: "文本文件已转为工作簿，工作表“{sheet}”。",
  // Steps.
  step1: "1. 识别台账",
  step2: "2. 校验",
  step3: "3. 添加标识",
  step4: "4. 生成汇总和问题清单",
  step5: "5. 下载结果",
  sheetColumn: "工作表",
  kindColumn: "台账类型",
  rowsColumn: "数据行数",
  certaintyColumn: "识别把握",
  notLedger: "（不是台账）",
  fieldsColumn: "栏目",
  fieldsShow: "更正栏目",
  fieldsHide: "收起栏目",
  fieldsCorrected: "（已更正{count}栏）",
  // The column list (src/ui/ColumnFields), as the pane words it.
  columnsTitle: "每一栏对应的栏目",
  columnsHint: "识别有误时，在右侧改选；改过的栏目标为“已指定”。校验、标识和汇总按改后的栏目进行。",
  noField: "（不对应）",
  chosenByUser: "已指定",
  requiredMark: "（必填）",
  noLedgers: "没有识别出台账：请在“台账类型”中为台账工作表指定类型。",
  ledgersFound: "识别出{count}张台账。",
  validate: "校验",
  validatedIssues: "发现{count}个问题（已校验{sheets}张表、{rows}行数据）。",
  validatedClean: "未发现问题（已校验{sheets}张表、{rows}行数据）。",
  firstIssues: "前{count}个问题：",
  truncated: "问题较多，列表只保留前1,000条；分类计数为全部问题。",
  schemeLabel: "标识方案",
  schemeFlags: "挂图作战：红旗、黄旗、黑旗（按进展状态）",
  schemeLights: "督办亮灯：红灯、黄灯、绿灯（按完成时限）",
  asOfLabel: "截至日期",
  applyFlags: "添加标识",
  flagsApplied: "已为“{sheets}”添加标识列。",
  flagsNone: "没有可添加标识的台账（需要问题整改、帮扶措施或困难问题台账）。",
  slipsLabel: "同时生成工作提示单",
  summarize: "生成汇总",
  summaryWritten: "已生成工作表：{sheets}。",
  summaryCharts: "汇总表中的图表为原生图表，在 Excel 或 WPS 中打开即可看到（本页面不显示图表）。",
  noIssueReport: "校验未发现问题，未生成问题清单。",
  headlineTitle: "主要数据",
  narrativeTitle: "工作简报",
  download: "下载“{file}”",
  downloadHint: "原文件不变；结果另存为新文件，原有工作表的内容不做改动。",
  notesTitle: "说明",
  stageRead: "读取“{sheet}”{done}/{total}行",
  stageRecognise: "识别{total}行",
  stageCheck: "校验{total}行",
  stageFlag: "为“{sheet}”生成标识（{total}行）",
  stageSummarise: "汇总{total}行",
  stageWrite: "写入工作簿",
  working: "正在处理…",
  failed: "操作未能完成：{message}",
  privacy: "所有处理都在本页面内完成，文件不会离开本机。",
  cancel: "取消",
  cancelOpening: "取消读取",
  openCancelled: "“{file}”未读取（已取消）。文件仍在页面上，可以重新读取。",
  reopen: "重新读取",
  cancelledNothing: "已取消，文件未做更改。",
  restartCancelled:
    "已取消。文件仍然打开，台账类型和栏目的更正都保留；此前的校验、标识和汇总已撤销，可以重做。",
  restartStopped:
    "后台处理意外停止（可能是文件太大、内存不足）。文件仍然打开，台账类型和栏目的更正都保留，可以重试。",
  recogniseCancelled: "识别已取消，还有工作表未识别。文件仍然打开。",
  continueRecognise: "继续识别",
  redo: "重做",
  retry: "重试",
  // Consolidation.
  mergeTitle: "合并各院台账",
  mergeIntro:
    "把本页打开的各院文件合并为一个新工作簿：报送情况、按台账合并（含来源文件、工作表、行号）、重复编号和总汇总。各文件按原样读取（上面对台账类型和栏目的更正不用于合并）。",
  merge: "合并各院台账（{count}个文件）",
  mergeReading: "已读取{done}/{total}个文件（“{sheet}”）",
  mergeWriting: "正在写入合并工作簿…",
  mergeDone: "已合并{count}个文件。",
  mergeKind: "“{sheet}”：{rows}行",
  mergeUnreadable: "“{file}”无法读取：{detail}",
  mergeCountedOnce: "“{file}”与“{original}”内容完全相同，只计入一次。",
  mergeRepeats: "{count}个编号在不止一个文件中出现，见“重复编号”。",
  mergeCancelled: "已取消合并，没有生成文件。",
  mergeDownload: "下载“{file}”",
  mergeRegistryLabel: "院名册（可选）：用于列出未报送的院",
  mergeChooseRegistry: "选择院名册",
  mergePreviousLabel: "上期文件（可选，可多个）：用于发现重复报送的上期文件",
  mergeChoosePrevious: "选择上期文件",
  mergeChoosePreviousFolder: "选择上期文件夹",
  mergeClear: "清除",
  mergeNoneChosen: "未选择",
  pickEmptyFolderNamed: "所选文件夹“{folder}”中没有可读取的 .xlsx 或 .csv 文件。",
  pickEmptyFolder: "所选文件夹中没有可读取的 .xlsx 或 .csv 文件。",
  pickEmptyFiles: "所选文件中没有可读取的 .xlsx 或 .csv 文件。",
  pickSkipped: "已跳过{count}个不是表格的文件。",
  pickNoSpreadsheet: "所选的{count}个文件都不是 .xlsx 或 .csv 表格。",
  pickNoSpreadsheetOne: "所选的文件不是 .xlsx 或 .csv 表格。",
  dueSoonDays: "临期天数",
  mergeMissing: "名册中{count}个院未报送：{offices}。",
  mergeAllSent: "名册中的院均已报送。",
  mergeNoRegistry: "未提供院名册，无法判断哪些院未报送。",
  mergeSamePrevious: "“{file}”与上期“{others}”内容完全相同，可能重复报送了上期文件。",
} as const;

export type WebStringKey = keyof typeof zhCN;
export type WebStrings = Record<WebStringKey, string>;

const en: WebStrings = {
  title: "Taizhang (browser page)",
  intro:
    "No Excel add-in needed: open ledger files (.xlsx or .csv) in the browser, recognise, check, flag and summarise them, then download the result. Files are worked on in this browser only and never uploaded.",
  language: "中文",
  choose: "Choose files",
  drop: "or drop files here (several at once)",
  dropActive: "Release to open",
  opening: "Reading “{file}”…",
  closeFile: "Close",
  sourceText: "The text file was made a workbook; sheet “{sheet}”.",
  step1: "1. Recognise ledgers",
  step2: "2. Check",
  step3: "3. Add flags",
  step4: "4. Summary and problem list",
  step5: "5. Download",
  sheetColumn: "Sheet",
  kindColumn: "Ledger type",
  rowsColumn: "Data rows",
  certaintyColumn: "Match",
  notLedger: "(not a ledger)",
  fieldsColumn: "Columns",
  fieldsShow: "Correct columns",
  fieldsHide: "Hide columns",
  fieldsCorrected: " ({count} set)",
  columnsTitle: "What each column holds",
  columnsHint:
    "Where a column is wrong, choose another; columns you set are marked “set”. Checks, flags and the summary follow your choices.",
  noField: "(none)",
  chosenByUser: "set",
  requiredMark: " (required)",
  noLedgers: "No ledger recognised: choose the type of each ledger sheet under Ledger type.",
  ledgersFound: "{count} recognised.",
  validate: "Check",
  validatedIssues: "{count} found ({sheets}, {rows} checked).",
  validatedClean: "No problems found ({sheets}, {rows} checked).",
  firstIssues: "The first {count}:",
  truncated: "Many problems: the list keeps the first 1,000; the counts cover all of them.",
  schemeLabel: "Flag scheme",
  schemeFlags: "Battle map: red, yellow, black flags (by status)",
  schemeLights: "Supervision lights: red, yellow, green (by deadline)",
  asOfLabel: "As of",
  applyFlags: "Add flags",
  flagsApplied: "Flag column added to “{sheets}”.",
  flagsNone:
    "No ledger could be flagged (problems, assistance measures or difficulty reports are).",
  slipsLabel: "Also write reminder slips",
  summarize: "Generate summary",
  summaryWritten: "Sheets written: {sheets}.",
  summaryCharts:
    "The summary's charts are native charts: open the file in Excel or WPS to see them (this page does not draw them).",
  noIssueReport: "No problems found, so no problem list was written.",
  headlineTitle: "Headline figures",
  narrativeTitle: "Briefing text",
  download: "Download “{file}”",
  downloadHint:
    "Your file stays as it was; the result is a new file, and your sheets' contents are not changed.",
  notesTitle: "Notes",
  stageRead: "Reading “{sheet}”: {done} of {total} rows",
  stageRecognise: "Recognising {total} rows",
  stageCheck: "Checking {total} rows",
  stageFlag: "Building flags for “{sheet}” ({total} rows)",
  stageSummarise: "Summarising {total} rows",
  stageWrite: "Writing the workbook",
  working: "Working…",
  failed: "Could not finish: {message}",
  privacy: "Everything happens inside this page; files never leave this computer.",
  cancel: "Cancel",
  cancelOpening: "Stop reading",
  openCancelled:
    "Reading “{file}” was cancelled. The file is still on the page; you can read it again.",
  reopen: "Read again",
  cancelledNothing: "Cancelled; nothing was changed.",
  restartCancelled:
    "Cancelled. The file stays open with your ledger types and column corrections; the checks, flags and summary done before were undone and can be done again.",
  restartStopped:
    "The background work stopped unexpectedly (perhaps a file too large for the memory). The file stays open with your ledger types and column corrections; you can try again.",
  recogniseCancelled:
    "Recognition was cancelled; some sheets are not recognised yet. The file stays open.",
  continueRecognise: "Go on recognising",
  redo: "Do them again",
  retry: "Try again",
  mergeTitle: "Consolidate the offices' ledgers",
  mergeIntro:
    "Makes the files open on this page one new workbook: submissions, one merged sheet per ledger (with source file, sheet and row), repeated keys and one summary. Each file is read as it is (the ledger types and columns corrected above are not used here).",
  merge: "Consolidate ({count} files)",
  mergeReading: "{done} of {total} files read (“{sheet}”)",
  mergeWriting: "Writing the consolidated workbook…",
  mergeDone: "{count} files consolidated.",
  mergeKind: "“{sheet}”: {rows} rows",
  mergeUnreadable: "“{file}” could not be read: {detail}",
  mergeCountedOnce: "“{file}” has exactly the same content as “{original}”: counted once.",
  mergeRepeats: "{count} keys appear in more than one file; see the repeated keys sheet.",
  mergeCancelled: "Consolidation cancelled; no file was made.",
  mergeDownload: "Download “{file}”",
  mergeRegistryLabel: "Office registry (optional): to list offices that sent nothing",
  mergeChooseRegistry: "Choose registry",
  mergePreviousLabel:
    "Last period's files (optional, several at once): to find a file sent again unchanged",
  mergeChoosePrevious: "Choose last period's files",
  mergeChoosePreviousFolder: "Choose a folder of last period's files",
  mergeClear: "Clear",
  mergeNoneChosen: "None chosen",
  pickEmptyFolderNamed: "The folder “{folder}” holds no .xlsx or .csv file that can be read.",
  pickEmptyFolder: "The folder chosen holds no .xlsx or .csv file that can be read.",
  pickEmptyFiles: "None of the files chosen is an .xlsx or .csv file that can be read.",
  pickSkipped: "Skipped {count} of a type that cannot be read.",
  pickNoSpreadsheet: "None of the {count} chosen is an .xlsx or .csv spreadsheet.",
  pickNoSpreadsheetOne: "The file chosen is not an .xlsx or .csv spreadsheet.",
  dueSoonDays: "Days counted as due soon",
  mergeMissing: "{count} of the registry sent nothing: {offices}.",
  mergeAllSent: "Every office in the registry sent something.",
  mergeNoRegistry: "No registry given, so offices that sent nothing cannot be listed.",
  mergeSamePrevious:
    "“{file}” has exactly the same content as last period's “{others}”: possibly last period's file sent again.",
};

export const webStrings: Record<Lang, WebStrings> = { zh: zhCN, en };

export function format(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values);
}

/** The consolidated workbook's name (a file name: the same in both languages). */
export const MERGED_NAME = "各院台账合并（台账助手）.xlsx";

/** The download's name: the original's, without extension, + （台账助手）.xlsx. */
export function resultName(file: string): string {
  return `${file.replace(/\.[^.]*$/, "")}（台账助手）.xlsx`;
}

export { counted, figure } from "../core/text/counted";
