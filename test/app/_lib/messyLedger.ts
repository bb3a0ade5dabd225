// A problem ledger as a weak office really sends it (title rows, merged problem cells, text
// dates in several shapes, status words with extra text, a blank separator, a 合计 row, a column
// of its own) and the office registry it refers to. Shared by the host integration test and the
// browser test, as fake-workbook seeds.
import type { SheetSeed, WorkbookSeed } from "../../fakeExcel/browser";

export const PROBLEM_SHEET = "问题整改台账";
export const REGISTRY_SHEET = "薄弱院名册";

export const problemSeed: SheetSeed = {
  name: PROBLEM_SHEET,
  cells: [
    ["阿坝州检察机关问题整改台账（2021年）"],
    ["填报单位：阿坝州人民检察院"],
    [
      "问题编号",
      "院名称",
      "存在问题",
      "整改措施",
      "责任部门",
      "责任人",
      "整改时限",
      "整改情况",
      "完成时间",
      "联系电话",
    ],
    [
      "P1",
      "阿坝县院",
      "办案质量不高",
      "开展案件评查",
      "案管办",
      "张三",
      "2021年3月31日",
      "已完成（3月）",
      "2021.3.28",
      "0837-1",
    ],
    [null, null, null, "组织业务培训", "政治部", "李四", "2021/05/31", "推进中", null, "0837-2"],
    [],
    [
      "P2",
      "甘洛县院",
      "队伍年轻化不足",
      "招录年轻干警",
      "政治部",
      "王五",
      "2021-04-30",
      "未启动",
      "2021-05-01",
      null,
    ],
    [
      "P3",
      "某某县院",
      "信息化落后",
      "升级检察内网",
      "技术科",
      "赵六",
      "2021年13月5日",
      "正在推进",
      null,
      null,
    ],
    ["合计", null, null, "4项", null, null, null, null, null, null],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 9 },
    { top: 3, left: 0, bottom: 4, right: 0 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
  ],
};

export const registrySeed: SheetSeed = {
  name: REGISTRY_SHEET,
  cells: [
    ["院名称", "所属市州", "类别", "实有员额检察官"],
    ["阿坝县人民检察院", "阿坝州", "全省薄弱院", 12],
    ["甘洛县人民检察院", "凉山州", "全国相对薄弱院", 9],
  ],
};

export const messyWorkbook: WorkbookSeed = { sheets: [problemSeed, registrySeed], active: 0 };
