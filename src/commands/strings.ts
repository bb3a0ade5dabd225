import type { Validation } from "../app/validation";
import type { SummaryOutcome } from "../app/operations";
import { ERROR_TYPE_NAMES } from "../core/validate/errorTypeNames";
import type { ErrorType } from "../core/validate";

import type { Lang } from "../core/model";

export type { Lang };

/** What a ribbon command tells the user when it has finished: shown in the notice dialog. */
export interface CommandReport {
  title: string;
  body: string;
  /** A last line of its own: where to see more (never cut with a long body). */
  hint?: string;
}

/** The dialog page's own words, by language. */
export const dialogStrings: Record<Lang, { appName: string; ok: string; openPane: string }> = {
  zh: { appName: "台账助手", ok: "知道了", openPane: "打开台账助手" },
  en: { appName: "Taizhang", ok: "OK", openPane: "Open Taizhang" },
};

/** Where the pane is, said at the end of every report (the ribbon button's own words). */
const OPEN_PANE: Record<Lang, string> = {
  zh: "点击“台账”选项卡中的“打开台账助手”可查看详情。",
  en: "Click “Open Taizhang” on the Ledgers tab for the details.",
};

/** "1 sheet", "2 sheets": English counts agree with their nouns. */
function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** Long text in a dialog URL is cut: the full text is in the workbook. */
const BODY_MAX = 320;

function cut(text: string): string {
  const chars = [...text];
  return chars.length > BODY_MAX ? `${chars.slice(0, BODY_MAX).join("")}…` : text;
}

export function validationReport(v: Validation, lang: Lang): CommandReport {
  const zh = lang === "zh";
  const total = Object.values(v.counts).reduce((s: number, n) => s + (n ?? 0), 0);
  const rows = v.ledgers.reduce((s, l) => s + l.rows, 0);
  const sheets = v.ledgers
    .map((l) => (zh ? `“${l.sheet}”${l.errors}个` : `“${l.sheet}” ${l.errors}`))
    .join(zh ? "、" : ", ");
  const byType = (Object.entries(v.counts) as [ErrorType, number][])
    .filter(([, n]) => n > 0)
    .map(([type, n]) =>
      zh
        ? `${ERROR_TYPE_NAMES[type]?.zh ?? type}${n}个`
        : `${ERROR_TYPE_NAMES[type]?.en ?? type} ${n}`,
    )
    .join(zh ? "；" : "; ");
  const checked = zh
    ? `已校验${v.ledgers.length}张表、${rows}行数据`
    : `Checked ${countOf(v.ledgers.length, "sheet", "sheets")}, ${countOf(rows, "row", "rows")}`;
  if (total === 0)
    return zh
      ? { title: "校验通过", body: `${checked}，未发现问题。` }
      : { title: "No problems found", body: `${checked}: no problems found.` };
  return zh
    ? {
        title: `校验完成，发现${total}个问题`,
        body: cut(`${checked}（${sheets}）。其中${byType}。`),
        hint: OPEN_PANE.zh,
      }
    : {
        title: `Checked: ${countOf(total, "problem", "problems")} found`,
        body: cut(`${checked} (${sheets}). ${byType}.`),
        hint: OPEN_PANE.en,
      };
}

export function summaryReport(outcome: SummaryOutcome, lang: Lang): CommandReport {
  const names = outcome.sheets.map((s) => `“${s}”`).join(lang === "zh" ? "、" : ", ");
  const notes = outcome.notes.join(lang === "zh" ? "" : " ");
  const body = `${outcome.figures.narrative}${notes === "" ? "" : `\n${notes}`}`;
  return lang === "zh"
    ? { title: `已生成${names}`, body: cut(body), hint: OPEN_PANE.zh }
    : { title: `Written: ${names}`, body: cut(body), hint: OPEN_PANE.en };
}

export function failureReport(
  action: "validate" | "summarize",
  message: string,
  lang: Lang,
): CommandReport {
  const titles = {
    validate: { zh: "校验未完成", en: "Validation did not finish" },
    summarize: { zh: "汇总未生成", en: "The summary was not written" },
  };
  return { title: titles[action][lang], body: cut(message) };
}
