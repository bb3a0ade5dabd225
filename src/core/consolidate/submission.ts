// 报送情况: what came in. Per file: the offices and ledgers in it, its content fingerprint and
// whether another file (this period's or the previous one's) holds exactly the same content —
// last month's file sent again. Then the offices of the registry that sent nothing.
import { GENERIC_KIND } from "../layout/genericSchema";
import type { Lang } from "../model/lang";
import { emptySheetPlan, type OwnedSheetPlan, type PlanValue } from "../plan/types";
import { itemKeys, sharedItems, type ReadLedgerResult } from "../read";
import { kindTitleOf } from "./mergedSheets";
import { rowOffice } from "./rowSource";
import type { ConsolidatedFile, PreviousFile } from "./types";

export const SUBMISSION_SHEET_KEY = "consolidate:submission";

export interface Submission {
  /** Per file, in the order given. */
  files: {
    file: string;
    offices: string[];
    ledgers: { sheet: string; kind: string; rows: number }[];
    fingerprint: string | null;
    /** Files of this period with exactly the same content. */
    sameAs: string[];
    /** Files of the previous period with exactly the same content. */
    sameAsPrevious: string[];
    /** The earlier file of this period it copies: its rows were counted there, not again. */
    copyOf?: string;
    /**
     * Earlier files holding another version of one of its ledgers (one office's October and
     * November copies of a cumulative ledger): items shared, both counted.
     */
    versionOf?: Version[];
    problem?: { zh: string; en: string };
  }[];
  /** Offices of the registry no file has a row for; null without a registry. */
  missing: string[] | null;
}

/** An earlier file whose ledger of `kind` shares `shared` items with this file's. */
export interface Version {
  file: string;
  kind: string;
  shared: number;
}

/**
 * For each file, the earlier counted files holding another version of one of its ledgers: same
 * kind, and most items the same (see sharedItems: the office is part of an item, so two offices'
 * ledgers never share one). Only ledgers whose offices meet are compared, so a province's files
 * of distinct offices build no item keys at all.
 */
function versionsOf(files: readonly ConsolidatedFile[]): Map<string, Version[]> {
  const keys = new Map<ReadLedgerResult, Set<string>>();
  const keysOf = (ledger: ReadLedgerResult) => {
    let found = keys.get(ledger);
    if (found === undefined) keys.set(ledger, (found = itemKeys(ledger)));
    return found;
  };
  const seen: { file: string; ledger: ReadLedgerResult; offices: Set<string | null> }[] = [];
  const versions = new Map<string, Version[]>();
  for (const f of files) {
    if (f.copyOf !== undefined) continue;
    for (const ledger of f.ledgers) {
      if (ledger.kind === "office" || ledger.kind === GENERIC_KIND || ledger.rows.length === 0)
        continue;
      const offices = new Set(ledger.rows.map(rowOffice));
      for (const earlier of seen) {
        if (earlier.file === f.file || earlier.ledger.kind !== ledger.kind) continue;
        if (![...offices].some((o) => earlier.offices.has(o))) continue;
        const shared = sharedItems(keysOf(earlier.ledger), keysOf(ledger));
        if (shared === 0) continue;
        const list = versions.get(f.file) ?? [];
        if (!list.some((v) => v.file === earlier.file && v.kind === ledger.kind))
          list.push({ file: earlier.file, kind: String(ledger.kind), shared });
        versions.set(f.file, list);
      }
      seen.push({ file: f.file, ledger, offices });
    }
  }
  return versions;
}

/** The offices a file's rows belong to (its registry sheet, if any, is no report of its own). */
function officesOf(file: ConsolidatedFile): string[] {
  const offices = new Set<string>();
  for (const ledger of file.ledgers) {
    if (ledger.kind === "office") continue;
    for (const row of ledger.rows) {
      const office = rowOffice(row);
      if (office !== null) offices.add(office);
    }
  }
  return [...offices];
}

export function submissionOf(
  files: readonly ConsolidatedFile[],
  registry: readonly string[] | null,
  previous: readonly PreviousFile[] = [],
): Submission {
  const byPrint = new Map<string, string[]>();
  for (const f of files)
    if (f.fingerprint !== null)
      byPrint.set(f.fingerprint, [...(byPrint.get(f.fingerprint) ?? []), f.file]);
  const sent = new Set<string>();
  const versions = versionsOf(files);
  // A copy keeps no rows: its offices are those of the file it copies.
  const officesByFile = new Map<string, string[]>();
  const entries = files.map((f) => {
    const offices = f.copyOf === undefined ? officesOf(f) : (officesByFile.get(f.copyOf) ?? []);
    officesByFile.set(f.file, offices);
    offices.forEach((o) => sent.add(o));
    return {
      file: f.file,
      offices,
      ledgers: f.ledgers.map((l) => ({ sheet: l.sheet, kind: String(l.kind), rows: l.rowCount })),
      fingerprint: f.fingerprint,
      sameAs:
        f.fingerprint === null
          ? []
          : (byPrint.get(f.fingerprint) ?? []).filter((n) => n !== f.file),
      sameAsPrevious: previous.filter((p) => p.fingerprint === f.fingerprint).map((p) => p.file),
      ...(f.problem ? { problem: f.problem } : {}),
      ...(f.copyOf === undefined ? {} : { copyOf: f.copyOf }),
      ...(versions.has(f.file) ? { versionOf: versions.get(f.file) } : {}),
    };
  });
  return {
    files: entries,
    missing: registry === null ? null : [...new Set(registry)].filter((o) => !sent.has(o)),
  };
}

const FILE_HEADER: Record<Lang, string[]> = {
  zh: ["序号", "文件", "院", "台账（行数）", "内容指纹", "情况"],
  en: ["No.", "File", "Offices", "Ledgers (rows)", "Fingerprint", "Status"],
};

function statusText(
  entry: Submission["files"][number],
  lang: Lang,
  kindTitles: (kind: string) => string,
): string {
  const zh = lang === "zh";
  if (entry.problem) return (zh ? "无法读取：" : "Unreadable: ") + entry.problem[lang];
  const parts: string[] = [];
  if (entry.ledgers.every((l) => l.kind === GENERIC_KIND))
    parts.push(zh ? "未找到台账" : "no ledger found");
  if (entry.sameAs.length > 0)
    parts.push(
      zh
        ? `与${entry.sameAs.map((n) => `“${n}”`).join("、")}内容完全相同`
        : `same content as ${entry.sameAs.map((n) => `"${n}"`).join(", ")}`,
    );
  for (const v of entry.versionOf ?? [])
    parts.push(
      zh
        ? `与“${v.file}”的${kindTitles(v.kind)}有${v.shared}项相同，可能是同一台账的不同期次；两份都已计入合并表和汇总，请核实`
        : `${v.shared} items of its ${kindTitles(v.kind)} are also in "${v.file}": possibly two versions of one ledger, both counted in the merged sheets and summary; please check`,
    );
  if (entry.copyOf !== undefined)
    parts.push(
      zh
        ? `本文件未重复计入合并表、重复编号和汇总`
        : `this file is not counted again in the merged sheets, repeated keys or summary`,
    );
  if (entry.sameAsPrevious.length > 0)
    parts.push(
      zh
        ? `与上期${entry.sameAsPrevious.map((n) => `“${n}”`).join("、")}内容完全相同，可能重复报送了上期文件`
        : `same content as last period's ${entry.sameAsPrevious.map((n) => `"${n}"`).join(", ")}: possibly last period's file sent again`,
    );
  return parts.length === 0 ? (zh ? "正常" : "OK") : parts.join(zh ? "；" : "; ");
}

/** The 报送情况 sheet. */
export function submissionSheetPlan(
  submission: Submission,
  lang: Lang,
  kindTitles: (kind: string) => string = (kind) => kindTitleOf(kind, []),
): OwnedSheetPlan {
  const zh = lang === "zh";
  const sheet = emptySheetPlan(SUBMISSION_SHEET_KEY, zh ? "报送情况" : "Submissions");
  const duplicates = submission.files.filter(
    (f) => f.sameAs.length > 0 || f.sameAsPrevious.length > 0,
  ).length;
  const offices = new Set(submission.files.flatMap((f) => f.offices)).size;
  const missing = submission.missing;
  const headline = zh
    ? `报送情况：收到${submission.files.length}个文件，涉及${offices}个院；` +
      (missing === null
        ? "未提供院名册，无法判断哪些院未报送"
        : `名册中${missing.length}个院未报送`) +
      `；${duplicates}个文件内容与其他文件完全相同。`
    : `Submissions: ${submission.files.length} files from ${offices} offices; ` +
      (missing === null
        ? "no registry given, so offices that sent nothing cannot be listed"
        : `${missing.length} offices of the registry sent nothing`) +
      `; ${duplicates} files have exactly the same content as another.`;
  const rows: PlanValue[][] = [[headline], [], FILE_HEADER[lang]];
  submission.files.forEach((f, i) =>
    rows.push([
      i + 1,
      f.file,
      f.offices.join(zh ? "、" : ", "),
      f.ledgers
        .map((l) =>
          l.kind === GENERIC_KIND
            ? zh
              ? `${l.sheet}：未识别为台账，未合并（${l.rows}行）`
              : `${l.sheet}: not recognised as a ledger, not merged (${l.rows} rows)`
            : zh
              ? `${l.sheet}：${kindTitles(l.kind)}${l.rows}行`
              : `${l.sheet}: ${kindTitles(l.kind)} ${l.rows} rows`,
        )
        .join(zh ? "；" : "; "),
      f.fingerprint ?? "",
      statusText(f, lang, kindTitles),
    ]),
  );
  const missingTitleRow = rows.length + 1;
  rows.push(
    [],
    [
      zh
        ? "未报送的院（名册中有、所有文件中都没有）"
        : "Offices that sent nothing (in the registry, in no file)",
    ],
  );
  if (missing === null) rows.push([zh ? "（未提供院名册）" : "(no registry given)"]);
  else if (missing.length === 0)
    rows.push([zh ? "（无：名册中的院均已报送）" : "(none: every office sent something)"]);
  else missing.forEach((office, i) => rows.push([i + 1, office]));
  // Rows are ragged: the block is a rectangle.
  const width = FILE_HEADER[lang].length;
  sheet.blocks.push({
    row: 0,
    column: 0,
    values: rows.map((r) =>
      [...r, ...Array<PlanValue>(width - r.length).fill(null)].slice(0, width),
    ),
  });
  sheet.styles.push(
    { area: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, bold: true, fontSize: 12 },
    { area: { row: 2, column: 0, rowCount: 1, columnCount: width }, bold: true, fill: "#D9E1F2" },
    { area: { row: missingTitleRow, column: 0, rowCount: 1, columnCount: 1 }, bold: true },
  );
  [40, 180, 180, 220, 120, 300].forEach((points, column) => sheet.widths.push({ column, points }));
  sheet.print = { breaksBefore: [], orientation: "Landscape", fitToWidth: true };
  return sheet;
}
