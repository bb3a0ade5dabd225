// `taizhang summarize FILE... [--as-of YYYY-MM-DD] [--scheme flags|lights] [--json] [--lang zh|en]`:
// reads the files as `validate` does, then prints the 工作简报 narrative and tables, or the stable
// JSON documented in docs/cli.md. Exit codes as for validate: 0 every sheet clean, 1 the
// summary was made but some sheets have errors, 2 unreadable input or bad arguments.
import { formatDateEn, formatDateZh } from "../core/dates/format";
import { summaryOf } from "../app/summary";
import type { ReadLedgerResult, ReadNote } from "../core/read";
import type { Lang } from "../core/model";
import { summaryView } from "../core/plan";
import { formatPercent, summaryToJson, type Summary } from "../core/summary";
import { commandArgs } from "./args";
import { CliError } from "./cliError";
import { DATE_OPTIONS, DEFAULT_DUE_DAYS, dateChoices } from "./dateChoices";
import type { Command } from "./command";
import { loadLedgers } from "./load";
import { notesText } from "./validateReport";

const OPTIONS = { ...DATE_OPTIONS, sheet: { type: "string" } } as const;

const TEXT = {
  summary: {
    zh: "汇总台账，生成工作简报、各院统计、标识分布和超期清单",
    en: "summarise ledgers: briefing text, per-office tables, flags and the overdue list",
  },
  usage: {
    zh: "用法：taizhang summarize 文件... [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days 天数] [--sheet 工作表名] [--year 年份] [--json] [--lang zh|en]\n\n汇总 .xlsx 和 .csv 台账（多个文件即多个院的台账）。\n--as-of   统计截止日期，默认今天\n--scheme  flags = 挂图作战（红旗已完成、黄旗正在推进、黑旗未完成），lights = 督办亮灯（绿灯、黄灯临期、红灯超期）\n--due-days 临期天数，默认7\n退出码：0 全部通过，1 已汇总但部分表格有错误，2 文件无法读取或参数错误。",
    en: "Usage: taizhang summarize FILE... [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days N] [--sheet NAME] [--year YYYY] [--json] [--lang zh|en]\n\nSummarises .xlsx and .csv ledgers (several files = several offices' workbooks).\n--as-of   the date figures are computed for, default today\n--scheme  flags = battle-map flags (red done, yellow in progress, black not done), lights = supervision lights (green, yellow due soon, red overdue)\n--due-days days that count as due soon, default 7\nExit codes: 0 all sheets clean, 1 summarised but some sheets have errors, 2 unreadable input or bad arguments.",
  },
} as const;

export interface SummarizeRun {
  asOf: string;
  scheme: "flags" | "lights";
  dueDays?: number;
  lang: Lang;
  json: boolean;
}

/**
 * The part after reading: ledgers (and what the reader noted about the files) → printed lines
 * and exit code. Tests call it with ledgers they built.
 */
export function summarizeResults(
  results: readonly ReadLedgerResult[],
  run: SummarizeRun,
  notes: readonly ReadNote[] = [],
): { lines: string[]; exitCode: number } {
  const summary = summaryOf(results, {
    asOf: run.asOf,
    scheme: run.scheme,
    dueSoonDays: run.dueDays ?? DEFAULT_DUE_DAYS,
  });
  const json = summaryToJson(summary, { lang: run.lang });
  if (notes.length > 0) json.notes = notes.map((n) => n.message[run.lang]);
  const lines = run.json
    ? [JSON.stringify(json)]
    : [...summaryText(summary, run.lang), "", ...notesText(notes, run.lang)];
  return { lines, exitCode: results.every((result) => result.valid) ? 0 : 1 };
}

export const summarizeCommand: Command = {
  summary: { zh: TEXT.summary.zh, en: TEXT.summary.en },
  options: OPTIONS,
  async run(argv, io) {
    const args = commandArgs(argv, OPTIONS, io, (lang) => TEXT.usage[lang]);
    if (args === null) return 0;
    const { values, positionals, lang } = args;
    if (positionals.length === 0) throw new CliError("noFiles");
    const { context, asOf, scheme, dueDays } = dateChoices(values, lang);
    const read = await loadLedgers(
      positionals,
      context,
      typeof values.sheet === "string" ? { sheet: values.sheet } : {},
    );
    if (read.results.length === 0) throw new CliError("noLedgerAtAll");
    const { lines, exitCode } = summarizeResults(
      read.results,
      {
        asOf,
        scheme,
        ...(dueDays === undefined ? {} : { dueDays }),
        lang,
        json: values.json === true,
      },
      read.notes,
    );
    for (const line of lines) io.out(line);
    return exitCode;
  },
};

/** The readable report: narrative first, then the tables behind it. */
export function summaryText(summary: Summary, lang: Lang): string[] {
  const zh = lang === "zh";
  const lines: string[] = [];
  const date = zh ? formatDateZh(summary.asOf) : formatDateEn(summary.asOf);
  lines.push(
    zh
      ? `台账汇总（截至${date}，${summary.scheme.title.zh}）`
      : `Ledger summary (as of ${date}, ${summary.scheme.title.en})`,
    "",
    summary.narrative[lang],
    "",
  );

  lines.push(zh ? "读取的表格：" : "Sheets read:");
  for (const t of summary.tables) {
    lines.push(
      zh
        ? `  ${t.file ?? "—"} · 工作表“${t.sheet}” · ${t.title} · ${t.rows}行 · ${t.errors}个错误`
        : `  ${t.file ?? "—"} · sheet "${t.sheet}" · ${t.title} · ${t.rows} rows · ${t.errors} errors`,
    );
  }

  const byOffice = summaryView(summary, lang).tables.find((t) => t.key === "byOffice");
  if (byOffice) {
    lines.push("", zh ? "各院情况：" : "Per office:");
    lines.push(`  ${byOffice.columns.map((c) => c.title).join(" | ")}`);
    for (const row of byOffice.rows) {
      const cells = byOffice.columns.map((c) => {
        const value = row[c.key] ?? null;
        if (c.format === "percent") return formatPercent(typeof value === "number" ? value : null);
        return value === null ? "—" : String(value);
      });
      lines.push(`  ${cells.join(" | ")}`);
    }
  }

  if (summary.flags) {
    const counts = summary.flags.total
      .map((f) => `${f.label[lang]} ${f.count.value ?? 0}`)
      .join(" · ");
    lines.push(
      "",
      zh
        ? `标识分布（${summary.scheme.title.zh}）：${counts}`
        : `Flags (${summary.scheme.title.en}): ${counts}`,
    );
  }

  if (summary.overdue.length > 0) {
    lines.push(
      "",
      zh ? `超期未完成（${summary.overdue.length}条）：` : `Overdue (${summary.overdue.length}):`,
    );
    summary.overdue.forEach((item, i) => {
      const who = item.responsiblePerson ?? item.responsibleUnit ?? "—";
      lines.push(
        zh
          ? `  ${i + 1}. ${item.office ?? "—"} · ${item.item} · 责任人${who} · ${lateness(item, lang)} · 工作表“${item.row.sheet}”第${item.row.row}行`
          : `  ${i + 1}. ${item.office ?? "—"} · ${item.item} · ${who} · ${lateness(item, lang)} · sheet "${item.row.sheet}" row ${item.row.row}`,
      );
    });
  }

  if (summary.reminders.length > 0) {
    lines.push(
      "",
      zh
        ? `工作提示单（${summary.reminders.length}份，超期或${summary.scheme.dueSoonDays}天内到期）：`
        : `Reminder slips (${summary.reminders.length}; overdue or due within ${summary.scheme.dueSoonDays} days):`,
    );
    for (const slip of summary.reminders) {
      const overdue = slip.items.filter((item) => item.state === "overdue").length;
      const dueSoon = slip.items.length - overdue;
      lines.push(
        zh
          ? `  ${slip.recipient}：超期${overdue}条、临期${dueSoon}条`
          : `  ${slip.recipient}: ${overdue} overdue, ${dueSoon} due soon`,
      );
    }
  }

  if (summary.progress.length > 0) {
    lines.push(
      "",
      zh
        ? "进度得分（满分100分，各项为比例×权重）："
        : "Progress score (out of 100; each component is a fraction × weight):",
    );
    for (const p of summary.progress) {
      const parts = p.components.map(
        (c) =>
          `${c.label[lang]} ${c.value === null ? (zh ? "无数据" : "n/a") : formatPercent(c.value)}×${c.weight}`,
      );
      lines.push(
        `  ${p.office}${zh ? "：" : ": "}${p.score === null ? "—" : p.score} · ${parts.join(" · ")}`,
      );
    }
  }
  return lines;
}

/**
 * The deadline and how late. An item due at once (立行立改) with no start date has neither a date
 * nor a count of days: "时限— · 超期0天" read as if it were not late at all.
 */
function lateness(item: Summary["overdue"][number], lang: Lang): string {
  const zh = lang === "zh";
  if (item.dueAtOnce && item.daysLeft === null)
    return zh ? "时限立行立改 · 尚未完成" : "due at once · not done";
  const deadline =
    item.deadline === null ? "—" : zh ? formatDateZh(item.deadline) : formatDateEn(item.deadline);
  const days = -(item.daysLeft ?? 0);
  return zh ? `时限${deadline} · 超期${days}天` : `due ${deadline} · ${days} days overdue`;
}
