import { decodeMark, runOfSheetMark, sheetMarkPrefix } from "../app/ownership/marks";
import { parseSheetReference } from "../core/model/address";
import type { Plan } from "../core/plan/types";
import { queueDropLockEntries } from "./bindingSettings";
import { queueEvents } from "./onChanged";
import type { WorkbookSurvey } from "./readWorkbook";
import type { Supports } from "./support";

/** What a write run did that a failure may have left behind. */
export interface RunRecord {
  run: string;
  /**
   * Names it asked new sheets to be added under, each carrying the run's id (some may not exist:
   * the add may have failed).
   */
  addedSheets: string[];
  plan: Plan;
  survey: WorkbookSurvey;
}

interface MarkedOutput {
  name: Excel.NamedItem;
  key: string;
  sheet: string | undefined;
  run: string;
  complete: boolean;
}

/**
 * After a failed write: removes the sheets this run added and had not finished — found by the
 * marks and names that carry its run id, never by a name anyone could have typed — releases its
 * lock entry, turns events back on, and says what the workbook now holds for each sheet the plan
 * meant to write. A request that fails half way has still done the actions before the failing
 * one (Office.js batches are not transactions), so the state is read back rather than assumed.
 */
export async function recoverFailedRun(
  context: Excel.RequestContext,
  record: RunRecord,
  options: { eventsOff: boolean; supports: Supports },
): Promise<{ zh: string; en: string }> {
  try {
    const names = context.workbook.names;
    names.load("items/name,items/value,items/comment");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const live = new Set(sheets.items.map((s) => s.name));
    const outputs: MarkedOutput[] = [];
    for (const sp of record.plan.sheets)
      for (const name of names.items.filter((n) => n.name.startsWith(sheetMarkPrefix(sp.key)))) {
        const mark = decodeMark(name.comment);
        outputs.push({
          name,
          key: sp.key,
          sheet: parseSheetReference(String(name.value))?.sheet,
          run: runOfSheetMark(name.name),
          complete: mark?.kind === "sheet" && mark.complete,
        });
      }
    const removed: string[] = [];
    const kept = new Set<string>();
    for (const o of outputs.filter((o) => o.run === record.run)) {
      if (o.complete && o.sheet !== undefined) {
        kept.add(o.sheet);
        continue;
      }
      o.name.delete();
      if (o.sheet !== undefined && live.has(o.sheet)) {
        sheets.getItem(o.sheet).delete();
        removed.push(o.sheet);
      }
    }
    // Added but not yet marked (the failure came between the two): its run-id name says whose.
    for (const name of record.addedSheets) {
      if (kept.has(name) || removed.includes(name) || !live.has(name)) continue;
      sheets.getItem(name).delete();
      removed.push(name);
    }
    if (record.survey.locks.some((e) => e.run === record.run))
      queueDropLockEntries(context, [record.run]);
    if (options.eventsOff) queueEvents(context, true, options.supports);
    await context.sync();
    const standing = outputs.filter(
      (o) => o.complete && o.sheet !== undefined && live.has(o.sheet) && !removed.includes(o.sheet),
    );
    return describe(record, removed, standing);
  } catch {
    // The original failure is the one to report; what is left could not be read.
    return {
      zh: "无法确认工作簿当前状态，请检查后重试。",
      en: " What the workbook now holds could not be checked; please look before trying again.",
    };
  }
}

/** What the workbook holds now for each sheet the plan meant to write, read back after the failure. */
function describe(
  record: RunRecord,
  removed: readonly string[],
  standing: readonly MarkedOutput[],
): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (removed.length > 0) {
    zh.push(`本次新建的工作表已撤回（${removed.map((n) => `“${n}”`).join("、")}）`);
    en.push(`the sheets this run added were removed (${removed.map((n) => `"${n}"`).join(", ")})`);
  }
  for (const o of standing) {
    const name = o.sheet ?? "";
    if (o.run === record.run) {
      zh.push(`新的内容已完整写入“${name}”`);
      en.push(`the new output is complete in "${name}"`);
    } else {
      zh.push(`原有的“${name}”保持不变`);
      en.push(`the earlier "${name}" is unchanged`);
    }
  }
  if (record.plan.columns.length > 0) {
    zh.push("台账右侧的标识列可能未全部更新，请重新运行“标识”");
    en.push("the flag column beside the ledger may be partly updated: run Flags again");
  }
  return zh.length === 0
    ? { zh: "", en: "" }
    : { zh: `${zh.join("；")}。`, en: ` ${en.join("; ")}.` };
}
