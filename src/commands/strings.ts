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
}

/** The dialog page's own words, by language. */
export const dialogStrings: Record<Lang, { appName: string; ok: string }> = {
  zh: { appName: "台账助手", ok: "知道了" },
  en: { appName: "Taizhang", ok: "OK" },
};

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
    .map(([type, n]) => `${ERROR_TYPE_NAMES[type]?.[lang] ?? type} ${n}`)
    .join(zh ? "；" : "; ");
  if (total === 0)
    return zh
      ? { title: "校验通过", body: `已校验 ${v.ledgers.length} 张表、${rows} 行数据，未发现问题。` }
      : { title: "No problems found", body: `Checked ${v.ledgers.length} sheets, ${rows} rows.` };
  return zh
    ? {
        title: `校验完成：发现 ${total} 个问题`,
        body: cut(
          `已校验 ${v.ledgers.length} 张表、${rows} 行数据（${sheets}）。${byType}。请打开台账助手查看问题列表并定位到单元格。`,
        ),
      }
    : {
        title: `Checked: ${total} problems found`,
        body: cut(
          `Checked ${v.ledgers.length} sheets, ${rows} rows (${sheets}). ${byType}. Open Taizhang to see the list and go to each cell.`,
        ),
      };
}

export function summaryReport(outcome: SummaryOutcome, lang: Lang): CommandReport {
  const names = outcome.sheets.map((s) => `“${s}”`).join(lang === "zh" ? "、" : ", ");
  const notes = outcome.notes.join(" ");
  return lang === "zh"
    ? {
        title: `已生成汇总${names}`,
        body: cut(`${outcome.figures.narrative}${notes === "" ? "" : `\n${notes}`}`),
      }
    : {
        title: `Summary written: ${names}`,
        body: cut(`${outcome.figures.narrative}${notes === "" ? "" : `\n${notes}`}`),
      };
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
