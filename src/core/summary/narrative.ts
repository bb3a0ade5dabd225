// The 工作简报 paragraph, in zh-CN and English, built only from figures already in the summary
// (so every number in the text can be traced to its rows).
import { formatDateEn, formatDateZh } from "../dates/format";
import type { FlagCount } from "../flags/distribution";
import type { FlagId } from "../flags/scheme";
import type { LocalText } from "../rollup/localText";
import { formatAmountWan, formatCount, formatList, formatPercent, type Lang } from "./format";
import type { Summary } from "./types";

export type NarrativeInput = Omit<Summary, "narrative" | "charts" | "headline">;

export interface NarrativeOptions {
  /**
   * Where the offices are (全省 / 全市 / 全州), when the caller knows better than the data; by
   * default the summary works it out from the registry and the names (see scope.ts).
   */
  scope?: LocalText;
}

const n = (value: number | null | undefined, lang: Lang) => formatCount(value ?? 0, lang);

/** "1 problem", "2 problems" (English only; Chinese has no plural). */
function counted(value: number | null | undefined, one: string, many: string): string {
  const count = value ?? 0;
  return `${formatCount(count, "en")} ${count === 1 ? one : many}`;
}

/** 简报 write 淮阴区院, not 淮阴区人民检察院. */
export function shortOfficeName(name: string): string {
  return name.replace(/人民检察院$/, "院");
}

function flagCount(flags: readonly FlagCount[] | undefined, id: FlagId): number | null {
  const flag = flags?.find((f) => f.id === id);
  return flag === undefined ? null : (flag.count.value ?? 0);
}

/**
 * Offices with overdue items of the kind the sentence counts (problem measures, else assistance
 * measures), most overdue items first (ties: order of appearance), and how many overdue items name
 * no office. The same scans give the office count, so the list never names more offices than the
 * sentence counted.
 */
function overdueOffices(input: NarrativeInput, kind: string): { names: string[]; unnamed: number } {
  const counts = new Map<string, number>();
  let unnamed = 0;
  for (const item of input.overdue) {
    if (item.kind !== kind) continue;
    if (item.office === null) {
      unnamed += 1;
      continue;
    }
    const office = shortOfficeName(item.office);
    counts.set(office, (counts.get(office) ?? 0) + 1);
  }
  return {
    names: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([office]) => office),
    unnamed,
  };
}

function progressSentence(input: NarrativeInput, lang: Lang): string | null {
  const problem = input.problem;
  const section = problem ?? input.measure;
  if (section === undefined) return null;
  const t = section.totals;
  const done = (t.done.value ?? 0) + (t.closed.value ?? 0);
  const banner = input.scheme.basis === "status";
  const flags = input.flags?.total;
  const closed = flagCount(flags, "closed");
  const late = flagCount(flags, "doneLate");
  const label = (id: FlagId) => input.scheme.flags.find((f) => f.id === id)?.label[lang];
  const tag = (id: FlagId) => {
    const word = banner ? label(id) : undefined;
    if (word === undefined) return "";
    return lang === "zh" ? `（${word}）` : ` (${word.replace(/ \(.*\)$/, "").toLowerCase()})`;
  };
  const overdue = t.overdue.value ?? 0;
  const unknown = t.unknown.value ?? 0;
  const late_ = overdueOffices(input, problem ? "problem" : "measure");
  const lateOffices = late_.names;
  const date = lang === "zh" ? formatDateZh(input.asOf) : formatDateEn(input.asOf);
  const scope = input.scope.label;
  // One office's own report names it: "阿坝县院共查找问题21个", not "全省1个薄弱基层院"; a ledger
  // whose rows name no office at all is one office's own (本院) when it is the only one.
  const named = section.byOffice.filter((o) => o.office !== null);
  const offices = named.length;
  const single = offices === 1 ? (named[0]?.office ?? undefined) : undefined;
  const sheets = input.tables.filter((table) => table.kind === (problem ? "problem" : "measure"));
  const own = offices === 0 && sheets.length === 1;
  if (lang === "zh") {
    const who =
      single !== undefined
        ? shortOfficeName(single)
        : own
          ? "本院"
          : offices === 0
            ? ""
            : `${scope.zh}${n(offices, lang)}个薄弱基层院`;
    // A ledger without a 原因分析 column says nothing about causes, rather than "分析原因0个".
    const causes = problem?.totals.causes.value ?? 0;
    const lead = problem
      ? `截至${date}，${who}共查找问题${n(problem.totals.problems.value, lang)}个、${causes > 0 ? `分析原因${n(causes, lang)}个、` : ""}细化推进措施${n(t.measures.value, lang)}条`
      : `截至${date}，${single !== undefined ? shortOfficeName(single) : scope.zh}共有帮扶措施${n(t.measures.value, lang)}条`;
    const within = [closed ? `已销号${closed}条` : "", late ? `超期完成${late}条` : ""].filter(
      Boolean,
    );
    // 公文 punctuation: one sentence per kind of figure, its clauses of one kind joined by ；,
    // each sentence closed by 。.
    const statuses = [
      `已完成${done}条${tag("done")}${within.length > 0 ? `，其中${within.join("、")}` : ""}`,
      `正在推进${n(t.inProgress.value, lang)}条${tag("inProgress")}`,
      `未完成${n(t.notStarted.value, lang)}条${tag("notStarted")}`,
      unknown > 0 ? `进展状态无法识别${unknown}条（未计入完成率）` : "",
    ]
      .filter(Boolean)
      .join("；");
    const lights = banner
      ? ""
      : `督办亮灯：${(flags ?? [])
          .filter((f) => f.id !== "closed" && f.id !== "doneLate")
          .map((f) => `${f.label.zh}${f.count.value ?? 0}条`)
          .join("、")}。`;
    const where = [
      lateOffices.length > 0 ? formatList(lateOffices, lang) : "",
      late_.unnamed > 0 ? `${late_.unnamed}条未填院名的事项` : "",
    ].filter(Boolean);
    const tail =
      overdue > 0 ? `超期未完成${overdue}条，涉及${where.join("及")}。` : "无超期未完成事项。";
    return `${lead}。${statuses}。${lights}完成率${formatPercent(t.completionRate.value)}，${tail}`;
  }

  const weak = `${n(offices, lang)} weak basic-level procuratorates${scope.en === "" ? "" : ` ${scope.en}`}`;
  const whoEn =
    single !== undefined
      ? shortOfficeName(single)
      : own
        ? "this office"
        : offices === 0
          ? "the offices"
          : `the ${weak}`;
  const lead = problem
    ? `As of ${date}, ${whoEn} had identified ${counted(problem.totals.problems.value, "problem", "problems")}${(problem.totals.causes.value ?? 0) > 0 ? `, analysed ${counted(problem.totals.causes.value, "cause", "causes")}` : ""} and set out ${counted(t.measures.value, "measure", "measures")}`
    : `As of ${date}, there were ${n(t.measures.value, lang)} assistance measures${single !== undefined ? ` for ${shortOfficeName(single)}` : scope.en === "" ? "" : ` ${scope.en}`}`;
  const within = [closed ? `${closed} closed` : "", late ? `${late} done late` : ""].filter(
    Boolean,
  );
  const statuses = [
    `${done} done${tag("done")}${within.length > 0 ? `, of which ${within.join(" and ")}` : ""}`,
    `${n(t.inProgress.value, lang)} in progress${tag("inProgress")}`,
    `${n(t.notStarted.value, lang)} not done${tag("notStarted")}`,
    unknown > 0 ? `${n(unknown, lang)} whose status cannot be read (left out of the rate)` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const lights = banner
    ? ""
    : ` Supervision lights: ${(flags ?? [])
        .filter((f) => f.id !== "closed" && f.id !== "doneLate")
        .map((f) => {
          const count = f.count.value ?? 0;
          const word = f.label.en.replace(/ \(.*\)$/, "").toLowerCase();
          return `${count} ${word}${count === 1 ? "" : "s"}`;
        })
        .join(", ")}.`;
  const where = [
    lateOffices.length > 0 ? formatList(lateOffices, lang) : "",
    late_.unnamed > 0 ? `${counted(late_.unnamed, "item", "items")} with no office` : "",
  ].filter(Boolean);
  const tail =
    overdue > 0 ? `${overdue} overdue, at ${where.join(" and ")}.` : "nothing is overdue.";
  return `${lead}. Of these, ${statuses}.${lights} Completion rate ${formatPercent(t.completionRate.value)}; ${tail}`;
}

function otherSentences(input: NarrativeInput, lang: Lang): string[] {
  const zh = lang === "zh";
  const sentences: string[] = [];
  const petition = input.petition?.totals;
  if (petition) {
    const handled = (petition.answered.value ?? 0) + (petition.resolved.value ?? 0);
    const unknown = petition.unknown.value ?? 0;
    sentences.push(
      zh
        ? `受理困难问题反映${n(petition.received.value, lang)}件，已答复或协调解决${handled}件，尚在办理${n(petition.pending.value, lang)}件${unknown > 0 ? `，办理状态无法识别${unknown}件` : ""}。`
        : `${counted(petition.received.value, "difficulty", "difficulties")} reported, ${handled} answered or resolved, ${n(petition.pending.value, lang)} pending${unknown > 0 ? `, ${unknown} whose state cannot be read` : ""}.`,
    );
  }
  const review = input.review?.totals;
  if (review) {
    const bad = (review.flawed.value ?? 0) + (review.unqualified.value ?? 0);
    sentences.push(
      zh
        ? `评查案件${n(review.reviewed.value, lang)}件，瑕疵及不合格案件${bad}件，占${formatPercent(review.flawedRate.value)}。`
        : `${counted(review.reviewed.value, "case", "cases")} reviewed, ${formatCount(bad, lang)} flawed or unqualified (${formatPercent(review.flawedRate.value)}).`,
    );
  }
  const funding = input.funding?.totals;
  if (funding) {
    sentences.push(
      zh
        ? `落实援助资金${formatAmountWan(funding.amountWan.value, lang)}（${n(funding.transfers.value, lang)}笔）。`
        : `${formatAmountWan(funding.amountWan.value, lang)} of funding in ${counted(funding.transfers.value, "transfer", "transfers")}.`,
    );
  }
  const pairing = input.pairing;
  if (pairing && pairing.sixOnes.length > 0) {
    const complete = pairing.sixOnes.filter((p) => p.complete).length;
    const staff = pairing.staffModel.filter((p) => p.met).length;
    // The 1+2 model needs both columns: without one the count would be a silent zero.
    const hasExchange =
      input.tables.some((t) => t.kind === "exchange") && !staffColumnsMissing(input);
    sentences.push(
      zh
        ? `结对共建${pairing.sixOnes.length}对，“六个一”全部完成${complete}对${hasExchange ? `；“1+2”模式落实${staff}对` : ""}。`
        : `${counted(pairing.sixOnes.length, "pairing", "pairings")}, ${complete} with all “six ones” done${hasExchange ? `; the “1+2” staff model met by ${staff}` : ""}.`,
    );
  }
  const exchange = input.exchange?.totals;
  if (exchange) {
    const types = Object.entries(exchange.byType).map(
      ([type, figure]) => [type, figure.value ?? 0] as const,
    );
    sentences.push(
      zh
        ? `人员交流${n(exchange.exchanges.value, lang)}人次${types.length > 0 ? `，其中${types.map(([type, count]) => `${type}${count}人次`).join("、")}` : ""}。`
        : `${counted(exchange.exchanges.value, "staff exchange", "staff exchanges")}${types.length > 0 ? ` (${types.map(([type, count]) => `${type} ${count}`).join(", ")})` : ""}.`,
    );
  }
  const breakthroughs = input.performance?.zeroBreakthroughs ?? [];
  if (breakthroughs.length > 0) {
    sentences.push(
      zh
        ? `${breakthroughs.map((b) => `${shortOfficeName(b.office)}${b.indicator}`).join("、")}实现“零突破”。`
        : `First non-zero results (zero breakthroughs): ${breakthroughs.map((b) => `${shortOfficeName(b.office)} in ${b.indicator}`).join(", ")}.`,
    );
  }
  const scored = input.progress
    .filter((p) => p.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, 3);
  if (scored.length > 0) {
    sentences.push(
      zh
        ? `进度得分（满分100分）居前的是${scored.map((p) => `${shortOfficeName(p.office)}（${p.score}分）`).join("、")}。`
        : `Highest progress scores (out of 100): ${scored.map((p) => `${shortOfficeName(p.office)} (${p.score})`).join(", ")}.`,
    );
  }
  return sentences;
}

/** The narrative in one language. */
/** An exchange ledger lacks the 业务骨干 or 年轻干警 column (see the caveats). */
export function staffColumnsMissing(input: Pick<NarrativeInput, "caveats">): boolean {
  return input.caveats.some(
    (c) =>
      c.type === "missing-field" &&
      c.kind === "exchange" &&
      (c.role === "backbone" || c.role === "young"),
  );
}

/** The caveats that change the figures above, one sentence (the others go beside the tables). */
function caveatSentence(input: NarrativeInput, lang: Lang): string[] {
  const parts = input.caveats.filter((c) => c.headline).map((caveat) => caveat.message[lang]);
  if (parts.length === 0) return [];
  return lang === "zh" ? [`（注：${parts.join("；")}。）`] : [`(Note: ${parts.join("; ")}.)`];
}

/** The narrative in one language. */
export function narrative(input: NarrativeInput, lang: Lang): string {
  const first = progressSentence(input, lang);
  const date = lang === "zh" ? formatDateZh(input.asOf) : formatDateEn(input.asOf);
  const others = [...otherSentences(input, lang), ...caveatSentence(input, lang)];
  if (first !== null) return [first, ...others].join(lang === "zh" ? "" : " ");
  // With nothing at all to say, the text says so rather than stopping after the date.
  if (others.length === 0)
    return lang === "zh"
      ? `截至${date}，台账中暂无可汇总的进展数据。`
      : `As of ${date}, the ledgers hold no progress figures to summarise.`;
  return lang === "zh" ? `截至${date}，${others.join("")}` : `As of ${date}: ${others.join(" ")}`;
}
