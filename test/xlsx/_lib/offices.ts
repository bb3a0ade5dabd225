// Offices' files as consolidation takes them in (合并报送): a problem ledger as a spreadsheet
// program writes it, under each office's own column titles and order, and the office registry.
import ExcelJS from "exceljs";

/** An office's problem ledger (title row, header, rows) as ExcelJS writes it. */
export async function officeWorkbook(
  header: string[],
  rows: (string | Date | null)[][],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("问题整改台账");
  ws.addRow(["2021年问题整改台账"]);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The office registry (薄弱院名册) naming these offices. */
export async function registryWorkbook(offices: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("薄弱院名册");
  ws.addRow(["院名称", "所属市州", "实有员额检察官"]);
  offices.forEach((o, i) => ws.addRow([o, "阿坝州", 5 + i]));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One office's problem ledger: user text that looks like a formula, full-width punctuation. */
export const A_HEADER = [
  "问题编号",
  "院名称",
  "问题描述",
  "整改措施",
  "责任人",
  "完成时限",
  "进展状态",
];
export const A_ROWS = [
  [
    "WT-001",
    "阿坝县院",
    "办案质量不高（评查发现）",
    "开展案件评查；建立台账。",
    "张三",
    "2021-03-31",
    "已完成",
  ],
  ["WT-002", "阿坝县院", "队伍结构老化", "=SUM(A1)", "李四", "2021-12-31", "正在推进"],
];
// Another office: other titles, another order; WT-001 again.
export const B_HEADER = ["编号", "单位", "整改时限", "存在问题", "措施", "状态", "责任领导"];
export const B_ROWS = [
  ["WT-001", "甘洛县院", "2021-05-31", "制度不健全", "完善制度，", "推进中", "王五"],
  ["WT-010", "甘洛县院", "2021-02-28", "信息化薄弱", "+cmd|' /C calc'!A0", "未启动", "赵六"],
];
