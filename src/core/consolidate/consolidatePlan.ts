import type { Lang } from "../model/lang";
import type { Plan } from "../plan/types";
import { kindTitleOf, ledgersByKind, mergedSheetPlan } from "./mergedSheets";
import { findRepeats, repeatsSheetPlan } from "./repeats";
import { submissionOf, submissionSheetPlan, type Submission } from "./submission";
import type { ConsolidatedFile, PreviousFile, Repeat } from "./types";

export interface ConsolidateInput {
  files: readonly ConsolidatedFile[];
  /** The registry's office names, or null when no registry was given. */
  registry: readonly string[] | null;
  previous?: readonly PreviousFile[];
  lang: Lang;
  /** The counted files' repeats, when the caller has found them already (findRepeats). */
  repeats?: readonly Repeat[];
}

export interface Consolidated {
  /** 报送情况, the merged sheets (one per kind, in the order kinds first appear), 重复编号. */
  plan: Plan;
  submission: Submission;
  repeats: Repeat[];
  /** Rows merged per kind. */
  merged: { kind: string; title: string; sheet: string; rows: number }[];
}

/**
 * The files whose rows count: a copy of an earlier file (the same report sent twice) is told in
 * 报送情况 only, and merged, searched for repeats and summarised once, as that earlier file.
 */
export function countedFiles(files: readonly ConsolidatedFile[]): ConsolidatedFile[] {
  return files.filter((f) => f.copyOf === undefined);
}

/** Many offices' ledgers, read → the sheets of one consolidated workbook. */
export function consolidatePlan(input: ConsolidateInput): Consolidated {
  const counted = countedFiles(input.files);
  const byKind = ledgersByKind(counted);
  const submission = submissionOf(input.files, input.registry, input.previous);
  const repeats = input.repeats === undefined ? findRepeats(counted) : [...input.repeats];
  const sheets = [
    submissionSheetPlan(submission, input.lang, (kind) =>
      kindTitleOf(kind, byKind.get(kind) ?? []),
    ),
  ];
  const merged: Consolidated["merged"] = [];
  for (const [kind, ledgers] of byKind) {
    const sheet = mergedSheetPlan(
      kind,
      ledgers,
      input.lang,
      sheets.map((s) => s.name),
    );
    sheets.push(sheet);
    merged.push({
      kind,
      title: kindTitleOf(kind, ledgers),
      sheet: sheet.name,
      rows: ledgers.reduce((n, l) => n + l.rows.length, 0),
    });
  }
  sheets.push(repeatsSheetPlan(repeats, counted, input.lang));
  return { plan: { sheets, columns: [], notes: [] }, submission, repeats, merged };
}
