// The options summarize, apply and consolidate share: the as-of date, the flag scheme, the days
// that count as due soon and the year for yearless dates — checked the same way everywhere.
import { isIsoDate } from "../core/dates/iso";
import type { Lang } from "../core/model";
import { appContext, type AppContext } from "../app/context";
import { CliError } from "./cliError";
import type { ParsedArgs } from "./args";

/** Days before a deadline that count as due soon, unless --due-days says otherwise. */
export const DEFAULT_DUE_DAYS = 7;

export const DATE_OPTIONS = {
  "as-of": { type: "string" },
  scheme: { type: "string" },
  "due-days": { type: "string" },
  year: { type: "string" },
} as const;

const TEXT = {
  badAsOf: {
    zh: "--as-of 应为 YYYY-MM-DD 格式的日期，如 2021-06-30。",
    en: "--as-of must be a date written YYYY-MM-DD, such as 2021-06-30.",
  },
  badScheme: {
    zh: "--scheme 只能是 flags（挂图作战）或 lights（督办亮灯）。",
    en: "--scheme must be flags or lights.",
  },
  badDays: {
    zh: "--due-days 应为 0 到 365 之间的整数。",
    en: "--due-days must be a whole number from 0 to 365.",
  },
  badYear: {
    zh: "--year 应为四位年份，如 2021。",
    en: "--year must be a four-digit year such as 2021.",
  },
} as const;

function badOption(lang: Lang, key: keyof typeof TEXT): CliError {
  return new CliError("badOption", { detail: TEXT[key][lang] });
}

export interface DateChoices {
  context: AppContext;
  asOf: string;
  scheme: "flags" | "lights";
  /** As given; undefined when --due-days was not. */
  dueDays: number | undefined;
}

/**
 * Reads --year (default: the year of --as-of, else this year), --as-of (default today), --scheme
 * (default flags) and --due-days.
 */
export function dateChoices(values: ParsedArgs["values"], lang: Lang): DateChoices {
  let year: number | undefined;
  if (typeof values.year === "string") {
    if (!/^(19|20)\d{2}$/.test(values.year)) throw badOption(lang, "badYear");
    year = Number(values.year);
  }
  const givenAsOf = values["as-of"];
  if (typeof givenAsOf === "string" && !isIsoDate(givenAsOf)) throw badOption(lang, "badAsOf");
  // A summary as of 2021-06-30 is of 2021's ledgers: their 3月底 is 2021's, not this year's.
  if (year === undefined && typeof givenAsOf === "string") year = Number(givenAsOf.slice(0, 4));
  const context = appContext(lang, year);
  const asOf = typeof givenAsOf === "string" ? givenAsOf : context.today();
  const scheme = values.scheme ?? "flags";
  if (scheme !== "flags" && scheme !== "lights") throw badOption(lang, "badScheme");
  let dueDays: number | undefined;
  if (typeof values["due-days"] === "string") {
    dueDays = Number(values["due-days"]);
    if (!/^\d+$/.test(values["due-days"]) || dueDays > 365) throw badOption(lang, "badDays");
  }
  return { context, asOf, scheme, dueDays };
}
