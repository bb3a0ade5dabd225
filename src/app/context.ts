import type { Lang } from "../core/model";

/**
 * What every workflow is run with, whichever front end runs it: the user's language, today's
 * date (read from the clock here and nowhere else) and the year for dates written without one.
 */
export interface AppContext {
  lang: Lang;
  /** Today as YYYY-MM-DD. */
  today(): string;
  /**
   * The year for yearless dates (3月底, 年底前) when neither the row's own dates nor the sheet's
   * title name one; when absent, the year of today's date.
   */
  year?: number;
}

/** Today's local date as YYYY-MM-DD: the one place Taizhang reads the clock. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The context of a front end run by a person now: today from the clock. */
export function appContext(lang: Lang, year?: number): AppContext {
  return { lang, today: () => localToday(), ...(year === undefined ? {} : { year }) };
}

/** One rule in every front end: the chosen year, else the year of today's date. */
export function contextYearOf(context: AppContext): number {
  return context.year ?? Number(context.today().slice(0, 4));
}
