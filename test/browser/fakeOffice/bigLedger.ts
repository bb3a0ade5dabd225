import type { SheetSeed } from "../../fakeExcel/browser";

const STATUSES = ["已完成", "推进中", "未启动", "已完成（6月）", "正在推进", "已销号", "未完成"];
const OFFICES = ["阿坝县院", "甘洛县院", "响水县院", "长汀县院"];

/**
 * A problem ledger of `rows` measures under a title row, built in the page (a 20,000-row seed
 * would be megabytes to pass in): deadlines as text in several shapes, the usual status words.
 */
export function bigLedgerSeed(name: string, rows: number): SheetSeed {
  const cells: (string | number | null)[][] = [
    [`${name}（2021年）`],
    ["问题编号", "院名称", "问题描述", "整改措施", "责任人", "完成时限", "进展状态", "完成时间"],
  ];
  for (let i = 0; i < rows; i++) {
    const month = 1 + (i % 12);
    const status = STATUSES[i % STATUSES.length] ?? "未启动";
    cells.push([
      `P${Math.floor(i / 3) + 1}`,
      OFFICES[i % OFFICES.length] ?? "",
      `问题${Math.floor(i / 3) + 1}`,
      `措施${i + 1}`,
      `责任人${i % 9}`,
      i % 2 === 0
        ? `2021年${month}月${1 + (i % 28)}日`
        : `2021-${String(month).padStart(2, "0")}-15`,
      status,
      status.startsWith("已完成") ? `2021-${String(month).padStart(2, "0")}-10` : null,
    ]);
  }
  return { name, cells };
}
