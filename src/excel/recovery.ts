import { isPendingMarkName, pendingMarkName, sheetMarkName } from "../app/ownership/marks";
import { parseSheetReference } from "../core/model/address";
import type { Plan } from "../core/plan/types";
import { queueDropLockEntries } from "./bindingSettings";
import { queueEvents } from "./onChanged";
import type { WorkbookSurvey } from "./readWorkbook";
import type { Supports } from "./support";

/** What a write run did that a failure may have left behind. */
export interface RunRecord {
  run: string;
  /** Names it asked new sheets to be added under (some may not exist: the add may have failed). */
  addedSheets: string[];
  plan: Plan;
  survey: WorkbookSurvey;
}

/**
 * After a failed write: removes the sheets this run added and had not yet made the output —
 * found by the marks that carry its run id, never by name — releases its lock entry, turns
 * events back on, and says what the workbook now holds for each sheet the plan meant to write.
 * A request that fails half way has still done the actions before the failing one (Office.js
 * batches are not transactions), so the state is read back rather than assumed.
 */
export async function recoverFailedRun(
  context: Excel.RequestContext,
  record: RunRecord,
  options: { eventsOff: boolean; supports: Supports },
): Promise<{ zh: string; en: string }> {
  try {
    const names = context.workbook.names;
    names.load("items/name,items/value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const ours = names.items.filter((n) => isPendingMarkName(n.name, record.run));
    const outputs = new Map(
      names.items.map((n) => [n.name, parseSheetReference(String(n.value))?.sheet] as const),
    );
    const removed: string[] = [];
    for (const name of ours) {
      const sheet = parseSheetReference(String(name.value))?.sheet;
      const key = record.plan.sheets.find(
        (sp) => pendingMarkName(record.run, sp.key) === name.name,
      )?.key;
      // Already made the output (its final mark points to it): it is complete; keep it.
      const isOutput =
        key !== undefined && sheet !== undefined && outputs.get(sheetMarkName(key)) === sheet;
      name.delete();
      if (sheet !== undefined && !isOutput && sheets.items.some((s) => s.name === sheet)) {
        sheets.getItem(sheet).delete();
        removed.push(sheet);
      }
    }
    if (record.survey.locks.some((e) => e.run === record.run))
      queueDropLockEntries(context, [record.run]);
    if (options.eventsOff) queueEvents(context, true, options.supports);
    await context.sync();
    return describe(
      record,
      removed,
      outputs,
      sheets.items.map((s) => s.name),
    );
  } catch {
    // The original failure is the one to report; what is left could not be read.
    return {
      zh: "无法确认工作簿当前状态，请检查后重试。",
      en: "What the workbook now holds could not be checked; please look before trying again.",
    };
  }
}

/** What the workbook holds now for each sheet the plan meant to write, read back after the failure. */
function describe(
  record: RunRecord,
  removed: readonly string[],
  outputs: ReadonlyMap<string, string | undefined>,
  sheetNames: readonly string[],
): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (removed.length > 0) {
    zh.push(`本次新建的工作表已撤回（${removed.map((n) => `“${n}”`).join("、")}）`);
    en.push(`the sheets this run added were removed (${removed.map((n) => `"${n}"`).join(", ")})`);
  }
  for (const sp of record.plan.sheets) {
    if (sp.mode === "create") continue;
    const now = outputs.get(sheetMarkName(sp.key));
    if (now === undefined || !sheetNames.includes(now)) continue;
    const earlier = record.survey.marks.some(
      (m) => m.name === sheetMarkName(sp.key) && parseSheetReference(m.value)?.sheet === now,
    );
    zh.push(earlier ? `原有的“${now}”保持不变` : `新的内容已完整写入“${now}”`);
    en.push(
      earlier ? `the earlier "${now}" is unchanged` : `the new output is complete in "${now}"`,
    );
  }
  if (record.plan.columns.length > 0) {
    zh.push("台账右侧的标识列可能未全部更新，请重新运行“标识”");
    en.push("the flag column beside the ledger may be partly updated: run Flags again");
  }
  return zh.length === 0
    ? { zh: "", en: "" }
    : { zh: `${zh.join("；")}。`, en: ` ${en.join("; ")}.` };
}
