import { fillTemplate } from "../text/fillTemplate";
import { MESSAGES, type MessageKey } from "./messages";
import type { Lang } from "../model/lang";

/**
 * The one error Taizhang throws, for misuse of the core (a descriptor that is not one, an unknown
 * kind) and for host faults and refusals in the Excel layer. Bad data is never thrown: it comes
 * back as error records. Every refusal is raised before anything is written.
 */
export class TaizhangError extends Error {
  readonly key: MessageKey;
  readonly detail: string;
  readonly zh: string;
  readonly en: string;

  /** `after`: what the user should also know, in both languages (what a failure left). */
  constructor(key: MessageKey, detail = "", cause?: unknown, after?: { zh: string; en: string }) {
    const zh = fillTemplate(MESSAGES[key].zh, { detail }) + (after?.zh ?? "");
    super(zh, cause === undefined ? undefined : { cause });
    this.name = "TaizhangError";
    this.key = key;
    this.detail = detail;
    this.zh = zh;
    this.en = fillTemplate(MESSAGES[key].en, { detail }) + (after?.en ?? "");
  }

  text(lang: Lang): string {
    return lang === "zh" ? this.zh : this.en;
  }
}
