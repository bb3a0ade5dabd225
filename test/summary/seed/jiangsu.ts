// Jiangsu's problem ledgers as the seed reports them: 10 weak offices, 118 problems, 123 causes,
// 328 measures — one messy sheet per office, with a designed mix of progress states so the flag
// counts for as-of 2021-06-30 are known in advance.
import type { Cell, SheetInput } from "../../../src/core/model/cell";
import { SheetBuilder, lcg, messyDate, shuffle } from "./sheet";

export const JIANGSU_AS_OF = "2021-06-30";

/** Office names as each sheet writes them (the reader makes them 人民检察院). */
export const JIANGSU_OFFICES = [
  "响水县院",
  "丰县检察院",
  "淮安市淮阴区院",
  "泰州市姜堰区人民检察院",
  "镇江市润州区院",
  "灌南县院",
  "泗洪县检察院",
  "睢宁县院",
  "滨海县院",
  "宝应县院",
];

/** The designed states (number of measures of each) and what they mean on 2021-06-30. */
export const JIANGSU_STATES = {
  closed: 40,
  doneLate: 20,
  doneOnTime: 180,
  inProgressOverdue: 10,
  inProgressDueSoon: 8,
  inProgressLater: 42,
  notStartedOverdue: 5,
  notStartedDueSoon: 3,
  notStartedLater: 20,
} as const;

type State = keyof typeof JIANGSU_STATES;

const CATEGORIES = ["政治", "业务", "队伍", "纪律作风", "检务保障"];
const DONE_WORDS = ["已完成", "完成", "已办结", "已完成（6月）"];
const PROGRESS_WORDS = ["正在推进", "推进中", "进行中，完成60%"];
const NOT_STARTED_WORDS = ["未完成", "未启动", "未开始"];
const PERSONS = ["张明", "李华", "王强", "赵敏", "陈刚", "刘洋"];

/** Problems whose cause cell lists two causes, each written another way. */
const TWO_CAUSES: Record<string, string> = {
  "0-1": "1.思想认识不到位；2.学习不够深入",
  "2-3": "①人员力量不足②年龄结构偏大",
  "4-5": "（1）制度不健全（2）监督不到位",
  "6-2": "1、经费保障不足\n2、办公条件落后",
  "9-4": "一、理念滞后；二、方法单一",
};

function fullWidth(n: number): string {
  return String(n).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

function cellsFor(
  state: State,
  index: number,
): { deadline: Cell; status: Cell; doneDate: Cell; closed: Cell } {
  const date = (iso: string) => messyDate(iso, index);
  const pick = (words: string[]) => words[index % words.length] as string;
  switch (state) {
    case "closed":
      // Half say 已销号 outright, half are 已完成 with 是否销号 = 是.
      return index % 2 === 0
        ? {
            deadline: date("2021-05-31"),
            status: "已销号",
            doneDate: date("2021-05-10"),
            closed: "是",
          }
        : {
            deadline: date("2021-05-31"),
            status: "已完成",
            doneDate: date("2021-05-20"),
            closed: "是",
          };
    case "doneLate":
      return {
        deadline: date("2021-04-30"),
        status: pick(DONE_WORDS),
        doneDate: date("2021-05-20"),
        closed: "否",
      };
    case "doneOnTime":
      return {
        deadline: date("2021-06-30"),
        status: pick(DONE_WORDS),
        doneDate: date("2021-06-18"),
        closed: index % 3 === 0 ? "否" : null,
      };
    case "inProgressOverdue":
      return {
        deadline: date("2021-06-15"),
        status: pick(PROGRESS_WORDS),
        doneDate: null,
        closed: null,
      };
    case "inProgressDueSoon":
      return {
        deadline: date("2021-07-05"),
        status: pick(PROGRESS_WORDS),
        doneDate: null,
        closed: null,
      };
    case "inProgressLater":
      return {
        deadline: index % 4 === 0 ? "长期坚持" : date("2021-09-30"),
        status: pick(PROGRESS_WORDS),
        doneDate: null,
        closed: null,
      };
    case "notStartedOverdue":
      return {
        deadline: date("2021-06-01"),
        status: pick(NOT_STARTED_WORDS),
        doneDate: null,
        closed: null,
      };
    case "notStartedDueSoon":
      return {
        deadline: date("2021-07-07"),
        status: pick(NOT_STARTED_WORDS),
        doneDate: null,
        closed: null,
      };
    case "notStartedLater":
      return {
        deadline: date("2021-12-31"),
        status: pick(NOT_STARTED_WORDS),
        doneDate: null,
        closed: null,
      };
  }
}

export interface JiangsuSheets {
  sheets: SheetInput[];
  /** Offices (as the sheets write them) with overdue measures, and how many. */
  overdueByOffice: Map<string, number>;
}

export function jiangsuSheets(): JiangsuSheets {
  const random = lcg(20210630);
  const states = shuffle(
    (Object.entries(JIANGSU_STATES) as Array<[State, number]>).flatMap(([state, count]) =>
      Array<State>(count).fill(state),
    ),
    random,
  );
  const overdueByOffice = new Map<string, number>();
  const sheets: SheetInput[] = [];
  let problemIndex = 0;
  let measureIndex = 0;
  JIANGSU_OFFICES.forEach((office, o) => {
    const builder = new SheetBuilder(`${office.slice(0, 5)}整改台账`, 11, `${office}.xlsx`);
    builder.title(`${office}“脱薄”问题整改台账（2021年）`);
    builder.row([
      "问题编号",
      "院名称",
      "问题类别",
      "问题描述",
      "原因分析",
      "整改措施",
      "责任人",
      "整改时限",
      "进展情况",
      "完成时间",
      "是否销号",
    ]);
    const problems = o < 8 ? 12 : 11;
    for (let p = 1; p <= problems; p++) {
      const measures = problemIndex < 92 ? 3 : 2;
      builder.mergeDown([0, 1, 2, 3, 4], measures);
      for (let m = 0; m < measures; m++) {
        const state = states[measureIndex] as State;
        const cells = cellsFor(state, measureIndex);
        if (state === "inProgressOverdue" || state === "notStartedOverdue")
          overdueByOffice.set(office, (overdueByOffice.get(office) ?? 0) + 1);
        const first = m === 0;
        builder.row([
          first ? (p % 4 === 0 ? fullWidth(p) : p) : null,
          first ? office : null,
          first ? (CATEGORIES[(problemIndex + o) % CATEGORIES.length] ?? null) : null,
          first ? `问题${p}：${office}在${CATEGORIES[p % CATEGORIES.length]}方面存在短板` : null,
          first ? (TWO_CAUSES[`${o}-${p}`] ?? `原因${p}：工作机制不健全`) : null,
          `措施${p}-${m + 1}：细化整改举措并跟踪问效`,
          PERSONS[(measureIndex + o) % PERSONS.length] ?? null,
          cells.deadline,
          cells.status,
          cells.doneDate,
          cells.closed,
        ]);
        measureIndex++;
      }
      if (p === 6) builder.blank();
      problemIndex++;
    }
    builder.row(["合计", null, null, `${problems}个`, null, null, null, null, null, null, null]);
    sheets.push(builder.build());
  });
  return { sheets, overdueByOffice };
}

/** Where each office lies, as the seed's 薄弱院名册 would say (all in 江苏省). */
export const JIANGSU_CITIES = [
  "盐城市",
  "徐州市",
  "淮安市",
  "泰州市",
  "镇江市",
  "连云港市",
  "宿迁市",
  "徐州市",
  "盐城市",
  "扬州市",
];

/** Jiangsu's 薄弱院名册: the ten offices, their cities, the province, the national four first. */
export function jiangsuRegistry(): SheetInput {
  const builder = new SheetBuilder("薄弱院名册", 4, "江苏薄弱院名册.xlsx").title(
    "江苏省薄弱基层院名册",
  );
  builder.row(["院名称", "所属市州", "省份", "类别"]);
  JIANGSU_OFFICES.forEach((office, i) => {
    builder.row([
      office,
      JIANGSU_CITIES[i] ?? null,
      "江苏省",
      i < 4 ? "全国相对薄弱院" : "全省薄弱院",
    ]);
  });
  return builder.build();
}
