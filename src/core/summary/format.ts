// Numbers as 工作简报 write them: percentages with two decimals ("占2.61%"), money in 万元 with at
// most two decimals, lists joined with 、 (and cut short with 等N个院).

import type { Lang } from "../model/lang";

export type { Lang };

/** 0.02608 → "2.61%"; null → "—". */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? "—" : `${(fraction * 100).toFixed(2)}%`;
}

/** A count: 4141 (zh) or 4,141 (en). */
export function formatCount(value: number | null, lang: Lang): string {
  if (value === null) return "—";
  return lang === "zh" ? String(value) : value.toLocaleString("en-US");
}

/** 万元 amounts: 18 → "18万元", 18.456 → "18.46万元"; en "RMB 184,560". */
export function formatAmountWan(value: number | null, lang: Lang): string {
  if (value === null) return "—";
  const rounded = Math.round(value * 100) / 100;
  if (lang === "zh") return `${rounded}万元`;
  return `RMB ${Math.round(rounded * 10_000).toLocaleString("en-US")}`;
}

/** "A院、B院" / "A, B and C"; beyond `max` names: "A院、B院等5个院" / "A, B and 3 more". */
export function formatList(names: readonly string[], lang: Lang, max = 5): string {
  const shown = names.slice(0, max);
  if (lang === "zh")
    return names.length > max ? `${shown.join("、")}等${names.length}个院` : shown.join("、");
  if (names.length > max) return `${shown.join(", ")} and ${names.length - max} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] ?? ""}`;
}
