// The 绩效考评 ledger: one office × period × indicator value. Ranks inside a city (or province),
// the change against the previous period, and 零突破 (the first non-zero value).
import { comparePeriods, periodKey } from "../dates";
import type { Ledger } from "../model/ledger";
import { directionOf, rankValues, type Direction, type RankMethod } from "./rank";
import { numberOf, roleReader, textOf } from "./roles";
import { rowRefsOf, type RowRef } from "./rowRef";
import type { OfficeRegistry } from "./officeRegistry";

export interface IndicatorValue {
  office: string;
  /** The ranking group: the city (市州), else the province, else "" for everyone. */
  group: string;
  period: string;
  indicator: string;
  value: number | null;
  direction: Direction | undefined;
  /** 实有员额检察官: the row's own column, else the office registry; null when unknown. */
  prosecutors: number | null;
  row: RowRef;
}

/** Every indicator value of the performance ledgers. Rows without office, period or indicator are skipped. */
export function indicatorValues(
  ledgers: readonly Ledger[],
  registry?: OfficeRegistry,
): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  for (const ledger of ledgers) {
    if (ledger.kind !== "performance") continue;
    const refs = rowRefsOf(ledger);
    const read = {
      office: roleReader(ledger, "office"),
      city: roleReader(ledger, "city"),
      province: roleReader(ledger, "province"),
      period: roleReader(ledger, "period"),
      indicator: roleReader(ledger, "indicator"),
      value: roleReader(ledger, "value"),
      direction: roleReader(ledger, "direction"),
      prosecutors: roleReader(ledger, "prosecutors"),
    };
    ledger.rows.forEach((row, index) => {
      const office = textOf(read.office(row));
      const period = textOf(read.period(row));
      const indicator = textOf(read.indicator(row));
      if (office === null || period === null || indicator === null) return;
      const known = registry?.get(office);
      values.push({
        office,
        group:
          textOf(read.city(row)) ??
          known?.city ??
          textOf(read.province(row)) ??
          known?.province ??
          "",
        // Hand-built ledgers may hold labels as typed; the reader already gives keys.
        period: periodKey(period),
        indicator,
        value: numberOf(read.value(row)),
        prosecutors: numberOf(read.prosecutors(row)) ?? known?.prosecutors ?? null,
        direction: directionOf(textOf(read.direction(row))),
        row: refs[index] as RowRef,
      });
    });
  }
  return values;
}

export interface RankedIndicator {
  office: string;
  group: string;
  value: number | null;
  rank: number | null;
  /** Null when the office has no value in the previous period (a period with a missing office). */
  previousValue: number | null;
  previousRank: number | null;
  valueChange: number | null;
  /** Places gained (positive = moved up: previous rank 5, now 3 → +2). */
  rankChange: number | null;
  rows: RowRef[];
}

export interface RankIndicatorOptions {
  indicator: string;
  period: string;
  previousPeriod?: string;
  method?: RankMethod;
  /** Overrides the ledger's direction column. */
  direction?: Direction;
  /** Rank inside each city (default) or across all offices. */
  within?: "group" | "all";
  /**
   * Fair comparison of big and small offices (Zhejiang): rank the value per actual prosecutor
   * (实有员额检察官人均) instead of the raw value. An office without a prosecutor count is unranked.
   */
  perProsecutor?: boolean;
}

/** Ranks one indicator for one period inside each group, with the change against the previous period. */
export function rankIndicator(
  values: readonly IndicatorValue[],
  options: RankIndicatorOptions,
): RankedIndicator[] {
  const fair = (v: IndicatorValue): IndicatorValue =>
    options.perProsecutor !== true
      ? v
      : {
          ...v,
          value:
            v.value === null || v.prosecutors === null || v.prosecutors === 0
              ? null
              : v.value / v.prosecutors,
        };
  const of = (period: string | undefined) => {
    const key = period === undefined ? undefined : periodKey(period);
    return values.filter((v) => v.indicator === options.indicator && v.period === key).map(fair);
  };
  const current = of(options.period);
  const previous = of(options.previousPeriod);
  const direction =
    options.direction ??
    current.find((v) => v.direction !== undefined)?.direction ??
    "higherIsBetter";
  const groupOf = (v: IndicatorValue) => (options.within === "all" ? "" : v.group);
  const rankIn = (list: IndicatorValue[]) => {
    const ranks = new Map<string, number | null>();
    const groups = new Map<string, IndicatorValue[]>();
    for (const v of list) groups.set(groupOf(v), [...(groups.get(groupOf(v)) ?? []), v]);
    for (const members of groups.values()) {
      const ranked = rankValues(
        members.map((m) => m.value),
        { direction, method: options.method ?? "dense" },
      );
      members.forEach((m, i) => ranks.set(m.office, ranked[i] ?? null));
    }
    return ranks;
  };
  const rankNow = rankIn(current);
  const rankBefore = rankIn(previous);
  const before = new Map(previous.map((v) => [v.office, v]));
  const ranked: RankedIndicator[] = current.map((v) => {
    const prior = before.get(v.office);
    const rank = rankNow.get(v.office) ?? null;
    const previousRank = rankBefore.get(v.office) ?? null;
    const previousValue = prior?.value ?? null;
    return {
      office: v.office,
      group: groupOf(v),
      value: v.value,
      rank,
      previousValue,
      previousRank,
      valueChange: v.value === null || previousValue === null ? null : v.value - previousValue,
      rankChange: rank === null || previousRank === null ? null : previousRank - rank,
      rows: prior === undefined ? [v.row] : [v.row, prior.row],
    };
  });
  // An office that reported last period but not this one stays in the list, unranked, so the
  // gap shows (本期未报送) instead of silently vanishing.
  const reported = new Set(current.map((v) => v.office));
  for (const prior of previous) {
    if (reported.has(prior.office)) continue;
    ranked.push({
      office: prior.office,
      group: groupOf(prior),
      value: null,
      rank: null,
      previousValue: prior.value,
      previousRank: rankBefore.get(prior.office) ?? null,
      valueChange: null,
      rankChange: null,
      rows: [prior.row],
    });
  }
  return ranked;
}

export interface ZeroBreakthrough {
  office: string;
  indicator: string;
  /** The period of the first non-zero value. */
  period: string;
  value: number;
  rows: RowRef[];
}

/**
 * 零突破: an office's first non-zero value of an indicator, after at least one recorded zero
 * (a first-ever record that is already non-zero proves nothing about a breakthrough). Periods
 * are taken in calendar order; with `until`, later periods are ignored.
 */
export function zeroBreakthroughs(
  values: readonly IndicatorValue[],
  options: { until?: string } = {},
): ZeroBreakthrough[] {
  const series = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    if (options.until !== undefined && comparePeriods(v.period, options.until) > 0) continue;
    const key = `${v.office}\u001f${v.indicator}`;
    series.set(key, [...(series.get(key) ?? []), v]);
  }
  const found: ZeroBreakthrough[] = [];
  for (const list of series.values()) {
    const ordered = [...list].sort((a, b) => comparePeriods(a.period, b.period));
    const zeros: IndicatorValue[] = [];
    for (const v of ordered) {
      if (v.value === null) continue;
      if (v.value === 0) {
        zeros.push(v);
        continue;
      }
      if (zeros.length > 0)
        found.push({
          office: v.office,
          indicator: v.indicator,
          period: v.period,
          value: v.value,
          rows: [...zeros.map((z) => z.row), v.row],
        });
      break;
    }
  }
  return found;
}

export interface GroupAverage {
  group: string;
  offices: number;
  total: number;
  /** 院均: total ÷ offices with a value. */
  perOffice: number | null;
  /** 人均: total ÷ their actual prosecutors; null when any office's count is unknown. */
  perProsecutor: number | null;
  rows: RowRef[];
}

/** 院均 and 人均 of one indicator in one period, per city (the yardstick an office is compared with). */
export function groupAverages(
  values: readonly IndicatorValue[],
  options: { indicator: string; period: string },
): GroupAverage[] {
  const groups = new Map<string, IndicatorValue[]>();
  const period = periodKey(options.period);
  for (const v of values) {
    if (v.indicator !== options.indicator || v.period !== period || v.value === null) continue;
    groups.set(v.group, [...(groups.get(v.group) ?? []), v]);
  }
  return [...groups.entries()].map(([group, members]) => {
    const total = members.reduce((sum, m) => sum + (m.value ?? 0), 0);
    const prosecutors = members.every((m) => m.prosecutors !== null)
      ? members.reduce((sum, m) => sum + (m.prosecutors ?? 0), 0)
      : null;
    return {
      group,
      offices: members.length,
      total,
      perOffice: members.length === 0 ? null : total / members.length,
      perProsecutor: prosecutors === null || prosecutors === 0 ? null : total / prosecutors,
      rows: members.map((m) => m.row),
    };
  });
}
