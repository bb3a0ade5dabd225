import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import type { Lang } from "../core/model";
import type { ReadLedgerResult, ReadNote, WorkbookRead } from "../core/read";
import { ERROR_TYPE_NAMES, type ErrorType } from "../core/validate";
import { text } from "./texts";

/** The JSON shape `taizhang validate --json` prints (documented in docs/cli.md). */
export function validateJson(read: WorkbookRead, lang: Lang) {
  const { results } = read;
  return {
    valid: results.every((r) => r.valid),
    tables: results.map((r) => ({
      file: r.file ?? null,
      sheet: r.sheet,
      kind: r.kind,
      headerRow: r.headerRow,
      mapping: Object.fromEntries(r.mapping.map((m) => [m.field, m.letter])),
      rows: r.rowCount,
      errors: r.errors.map((e) => ({
        type: e.type,
        rowNumber: e.rowNumber,
        fieldNumber: e.fieldNumber,
        fieldName: e.fieldName,
        cell: e.cell,
        message: e.message[lang],
      })),
      errorCounts: r.errorCounts,
    })),
    notes: read.notes.map((n) => ({
      type: n.type,
      file: n.file,
      sheet: n.sheet,
      message: n.message[lang],
    })),
  };
}

/** What the reader decided about sheets and tables (left out, read apart, office from title). */
export function notesText(notes: readonly ReadNote[], lang: Lang): string[] {
  if (notes.length === 0) return [];
  return [text(lang, "notesLine"), ...notes.map((n) => `  ${n.message[lang]}`), ""];
}

function titleOf(r: ReadLedgerResult): string {
  return isLedgerKind(r.kind)
    ? (LEDGER_SCHEMAS[r.kind].title ?? r.kind)
    : (r.schema.title ?? r.kind);
}

function countsText(result: ReadLedgerResult, lang: Lang): string {
  return (Object.entries(result.errorCounts) as [ErrorType, number][])
    .map(([type, n]) => `${ERROR_TYPE_NAMES[type]?.[lang] ?? type} ${n}`)
    .join(lang === "zh" ? "，" : ", ");
}

/** The readable report: what the reader left out, then one block per table, in the user's words. */
export function validateText(read: WorkbookRead, lang: Lang): string[] {
  const { results } = read;
  const lines: string[] = [...notesText(read.notes, lang)];
  for (const r of results) {
    const title = titleOf(r);
    const fieldTitle = (field: string) => r.fields.find((f) => f.name === field)?.title ?? field;
    lines.push(
      text(lang, "tableLine", {
        file: r.file ?? "",
        sheet: r.sheet,
        title,
        kind: r.kind,
        header: r.headerRows.join("-") || "-",
        rows: r.rows.length,
      }),
    );
    if (r.mapping.length > 0)
      lines.push(
        text(lang, "mappingLine", {
          mapping: r.mapping.map((m) => `${m.letter}=${fieldTitle(m.field)}`).join(" "),
        }),
      );
    if (r.unmappedColumns.length > 0)
      lines.push(
        text(lang, "unmappedLine", {
          columns: r.unmappedColumns
            .map((c) => `${c.letter} ${c.label}`)
            .join(lang === "zh" ? "，" : ", "),
        }),
      );
    const skipped = r.skippedRows.filter((s) => s.reason !== "blank");
    if (skipped.length > 0)
      lines.push(
        text(lang, "skippedLine", {
          rows: skipped
            .map((s) =>
              s.reason === "header"
                ? text(lang, "skippedHeader", { row: s.rowNumber })
                : text(lang, "skippedTotal", { row: s.rowNumber, text: s.text }),
            )
            .join(lang === "zh" ? "；" : "; "),
        }),
      );
    const total = Object.values(r.errorCounts).reduce((a, b) => a + (b ?? 0), 0);
    if (r.valid) {
      lines.push(text(lang, "valid"));
    } else {
      lines.push(text(lang, "invalid", { count: total, counts: countsText(r, lang) }));
      for (const e of r.errors) lines.push(`    ${e.message[lang]}`);
      if (r.truncated) lines.push(text(lang, "truncated", { shown: r.errors.length }));
    }
    lines.push("");
  }
  const bad = results.filter((r) => !r.valid).length;
  lines.push(
    bad === 0
      ? text(lang, "summaryValid", { tables: results.length })
      : text(lang, "summaryInvalid", { bad, tables: results.length }),
  );
  return lines;
}
