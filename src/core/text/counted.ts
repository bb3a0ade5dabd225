import type { Lang } from "../model";

/** A figure as both languages write it on screen: 12,000. */
export function figure(n: number): string {
  return n.toLocaleString("en-US");
}

/** A count: 12,000 in Chinese (the sentence names the thing); with its noun in English. */
export function counted(lang: Lang, n: number, one: string, many: string): string {
  return lang === "zh" ? figure(n) : `${figure(n)} ${n === 1 ? one : many}`;
}
