/**
 * What the user reads when Taizhang refuses or fails (zh-CN first, English second): one table,
 * keyed by message, not text built where the error is raised. Data problems in a sheet are not
 * here: they are error records (src/core/validate/messages.ts).
 */
export const MESSAGES = {
  descriptorInvalid: {
    zh: "台账定义文件格式不正确：{detail}",
    en: "The ledger definition is invalid: {detail}",
  },
  kindUnknown: {
    zh: "无法识别的台账类型“{detail}”。",
    en: "Unknown ledger type “{detail}”.",
  },
  apiMissing: {
    zh: "当前 Excel 版本过旧，缺少所需功能（{detail}）。请升级到 Office 2016 或更新版本后重试。",
    en: "This version of Excel lacks a required feature ({detail}). Please use Office 2016 or newer.",
  },
  sheetProtected: {
    zh: "工作表“{detail}”受保护，台账助手无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。工作簿未做任何更改。",
    en: "Sheet “{detail}” is protected. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.",
  },
  workbookProtected: {
    zh: "工作簿结构受保护，无法新增或删除工作表。请先撤销工作簿保护后重试。工作簿未做任何更改。",
    en: "The workbook structure is protected, so sheets cannot be added or removed. Nothing was changed.",
  },
  readOnly: {
    zh: "工作簿以只读方式打开，无法写入。请另存一份或以编辑方式打开后重试。",
    en: "The workbook is open read-only. Save a copy or open it for editing, then try again.",
  },
  sheetName: {
    zh: "工作表名称“{detail}”不符合 Excel 规定（不超过31个字符，不能含 : \\ / ? * [ ]，不能与已有工作表重名）。",
    en: "Sheet name “{detail}” breaks Excel’s rules (≤ 31 characters, none of : \\ / ? * [ ], unique).",
  },
  sheetMissing: {
    zh: "找不到工作表“{detail}”，它可能已被重命名或删除。请重新选择台账。",
    en: "Sheet “{detail}” was not found; it may have been renamed or deleted. Please choose the ledger again.",
  },
  mergedTooLong: {
    zh: "“{detail}”合并后的行数超过 Excel 一张工作表的上限（1,048,576 行，除去标题和表头可放 1,048,574 行台账），无法放进一张表。请分批（如按市）合并。未写入任何文件。",
    en: "The merged “{detail}” has more rows than an Excel sheet holds (1,048,576, so 1,048,574 ledger rows after its title and header). Merge in parts (e.g. by city). Nothing was written.",
  },
  cellFormatsFull: {
    zh: "工作簿的单元格格式已达 Excel 的上限（65,490 种），无法再添加台账助手要用的格式。可将台账复制到新工作簿（只粘贴用到的格式）后再试。工作簿未做任何更改。",
    en: "The workbook has as many cell formats as Excel allows (65,490), so Taizhang cannot add the ones it needs. Copy the ledger into a new workbook (which brings only the formats in use) and try again. Nothing was changed.",
  },
  outOfRange: {
    zh: "要写入的区域超出 Excel 的范围（最多 1,048,576 行、16,384 列）：{detail}。工作簿未做任何更改。",
    en: "The area to write passes Excel's limits (1,048,576 rows × 16,384 columns): {detail}. Nothing was changed.",
  },
  notOwned: {
    zh: "“{detail}”不是台账助手创建的内容，不会被覆盖或删除。",
    en: "“{detail}” was not created by Taizhang; it is never overwritten or deleted.",
  },
  writeFailed: {
    zh: "写入工作簿时出错（{detail}）。",
    en: "Writing to the workbook failed ({detail}).",
  },
  bindingLost: {
    zh: "工作表“{detail}”的表头与登记为台账时不同，可能已不是原来的台账，台账助手没有检查它。请在“台账识别”中重新识别并登记。",
    en: 'The header of sheet "{detail}" is not the one it was registered with, so it may no longer be that ledger; Taizhang did not check it. Recognise and register it again.',
  },
  busy: {
    zh: "另一处台账助手（如功能区按钮或另一窗口）正在写入本工作簿，请等它完成后再试。工作簿未做任何更改。",
    en: "Another Taizhang action (a ribbon button or another window) is writing to this workbook. Try again when it has finished. Nothing was changed.",
  },
  cellEditing: {
    zh: "请先完成单元格编辑（按 Enter 或 Esc），再使用台账助手。",
    en: "Finish editing the cell (press Enter or Esc) first, then use Taizhang.",
  },
  noLedgerData: {
    zh: "未找到台账数据：工作表“{detail}”中没有能识别的表头和数据行。请选择填有台账的工作表，或在“模板”中插入一张台账。工作簿未做任何更改。",
    en: "No ledger data found: sheet “{detail}” has no header and data rows Taizhang can recognise. Choose a sheet that holds a ledger, or insert one from Templates. Nothing was changed.",
  },
  noLedgerInFiles: {
    zh: "未找到台账数据：文件“{detail}”中没有能识别的台账（表头和数据行）。请确认选择的是各院报送的台账文件。",
    en: "No ledger data found: the files “{detail}” hold no ledger Taizhang can recognise (a header and data rows). Check that these are the offices' ledger files.",
  },
  registryEmpty: {
    zh: "院名册“{detail}”中没有找到院名：请选择有“院名称”列的薄弱院名册。",
    en: "No office names found in the registry “{detail}”: choose a registry of weak offices with a 院名称 column.",
  },
  cancelled: {
    zh: "已取消，工作簿未做任何更改。",
    en: "Cancelled; nothing was changed.",
  },
  readFailed: {
    zh: "读取工作表时出错（{detail}）。",
    en: "Reading the sheet failed ({detail}).",
  },
  // The pane's worker ended of itself (an error it did not catch, or out of memory): what it held
  // is gone, and the page writes nothing from half the work.
  workStopped: {
    zh: "后台处理意外停止（可能是文件太大或内存不足），工作簿未做任何更改。请重试；如仍停止，请分批处理。",
    en: "The background work stopped unexpectedly (perhaps a file too large for the memory); nothing was changed. Try again; if it stops again, work in smaller batches.",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
