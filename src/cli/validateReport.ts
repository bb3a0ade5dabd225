import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import type { ReadLedgerResult } from "../core/read";
import type { Lang } from "../core/validate";
import { text } from "./texts";

/** The JSON shape `taizhang validate --json` prints (documented in docs/cli.md). */
export function validateJson(results: ReadLedgerResult[], lang: Lang) {
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
  };
}

function countsText(result: ReadLedgerResult): string {
  return Object.entries(result.errorCounts)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
}

/** The readable report, one block per table. */
export function validateText(results: ReadLedgerResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const title = isLedgerKind(r.kind)
      ? (LEDGER_SCHEMAS[r.kind].title ?? r.kind)
      : (r.schema.title ?? r.kind);
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
          mapping: r.mapping.map((m) => `${m.letter}=${m.field}`).join(" "),
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
            .map((s) => text(lang, "skippedTotal", { row: s.rowNumber, text: s.text }))
            .join(lang === "zh" ? "；" : "; "),
        }),
      );
    const total = Object.values(r.errorCounts).reduce((a, b) => a + (b ?? 0), 0);
    if (r.valid) {
      lines.push(text(lang, "valid"));
    } else {
      lines.push(text(lang, "invalid", { count: total, counts: countsText(r) }));
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
