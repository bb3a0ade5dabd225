// What the rows of a ledger take from the sheet around them once they are read: the office the
// title or 填表单位 line names (when there is no office column), the category of the section
// heading above them (一、队伍方面（6项）), and the start date as the deadline of an item to be
// fixed at once (立行立改). Each value so taken says where it came from (NormalizedCell.derived).
import type { Cell } from "../model/cell";
import type { DerivedFrom, LedgerRow, NormalizedCell } from "../model/ledger";
import type { OfficeRegistry } from "../normalize";
import { normalizeOfficeName } from "../normalize";
import { displayText, isEmptyCell, cellText } from "../text";
import {
  contextOffice,
  sectionHeading,
  type ContextLine,
  type ContextOffice,
  type SkippedRow,
} from "../layout";
import type { TableSchemaDescriptor } from "../ledgers";

/** The office a sheet without an office column belongs to, as the reader found it. */
export interface OfficeFromContext extends ContextOffice {
  /** The office as the rows now hold it (the registry's name, or the full 人民检察院 form). */
  office: string;
  /** The field it fills. */
  field: string;
}

/** A section heading over rows of the ledger, and how many items it holds. */
export interface SectionInfo {
  /** Physical 1-based row of the heading. */
  row: number;
  /** The heading as typed. */
  text: string;
  category: string;
  /** The count the heading states (6 in 队伍方面（6项）), if any. */
  stated?: number;
  unit?: string;
  /**
   * Items under the heading: distinct problems in a ledger of problems (项, 个, 件), rows for 条
   * or in other ledgers; null when the rows were not kept (validateSheet).
   */
  counted: number | null;
  /** Data rows under the heading. */
  rows: number;
}

/** The lines around a table that may name its office: title rows above it, the footer below. */
export function contextLines(
  raw: Cell[][],
  headerRow: number,
  skipped: readonly SkippedRow[],
  lastRow: number,
): ContextLine[] {
  const lines: ContextLine[] = [];
  const line = (r: number) => {
    const text = (raw[r] ?? [])
      .filter((c) => !isEmptyCell(c))
      .map((c) => displayText(cellText(c)))
      .join(" ");
    if (text !== "") lines.push({ text, row: r + 1 });
  };
  for (let r = 0; r < headerRow; r++) line(r);
  const footer = skipped.find((s) => s.reason === "footer");
  // The footer (填表人：…, 填表单位：…) runs a few lines at most.
  if (footer !== undefined)
    for (let r = footer.rowNumber - 1; r < Math.min(lastRow, footer.rowNumber + 9); r++) line(r);
  return lines;
}

/** The office field the sheet's own office fills when no column holds it (taizhang.fromContext). */
export function contextOfficeField(
  schema: TableSchemaDescriptor,
  mapped: ReadonlySet<string>,
): string | undefined {
  const field = schema.fields.find(
    (f) => f.taizhang?.role === "office" && f.taizhang.fromContext === true,
  );
  return field === undefined || mapped.has(field.name) ? undefined : field.name;
}

export function findContextOffice(
  field: string,
  lines: readonly ContextLine[],
  sheetName: string,
  fileName: string | undefined,
  registry: OfficeRegistry | undefined,
): OfficeFromContext | undefined {
  const found = contextOffice(lines, sheetName, fileName);
  if (found === undefined) return undefined;
  const office = registry?.canonical(found.text) ?? normalizeOfficeName(found.text);
  return { ...found, office, field };
}

function derivedCell(text: string, value: string, derived: DerivedFrom): NormalizedCell {
  return { text, raw: null, value, derived };
}

/** Rows with the office filled in (the rows are new objects; the cells they share are not mutated). */
export function fillOffice(rows: LedgerRow[], from: OfficeFromContext): LedgerRow[] {
  const cell = derivedCell(from.text, from.office, from.source);
  return rows.map((row) => ({ ...row, cells: { ...row.cells, [from.field]: cell } }));
}

/** The headings among the skipped rows, in sheet order. */
export function sectionsOf(raw: Cell[][], skipped: readonly SkippedRow[]) {
  return skipped
    .filter((s) => s.reason === "section")
    .flatMap((s) => {
      const heading = sectionHeading(raw[s.rowNumber - 1]);
      return heading === null ? [] : [{ row: s.rowNumber, heading }];
    });
}

/**
 * Each row takes the category of the heading above it when its own category cell is empty; each
 * heading's items are counted (distinct problems when the ledger has problems, else rows).
 */
export function applySections(
  rows: LedgerRow[],
  headings: ReturnType<typeof sectionsOf>,
  schema: TableSchemaDescriptor,
  collected: boolean,
): { rows: LedgerRow[]; sections: SectionInfo[] } {
  const roleField = (role: string) => schema.fields.find((f) => f.taizhang?.role === role)?.name;
  const category = roleField("category");
  const problemFields = [roleField("problemId"), roleField("problem")].filter(
    (f): f is string => f !== undefined,
  );
  const sections: SectionInfo[] = headings.map(({ row, heading }) => ({
    row,
    ...heading,
    counted: collected ? 0 : null,
    rows: 0,
  }));
  if (sections.length === 0) return { rows, sections };
  const problems = sections.map(() => new Set<string>());
  let current = -1;
  let lastProblem: string | null = null;
  const out = rows.map((row) => {
    while (current + 1 < sections.length && sections[current + 1]!.row < row.rowNumber) {
      current += 1;
      lastProblem = null;
    }
    if (current < 0) return row;
    const section = sections[current]!;
    section.rows += 1;
    // A problem spans its measure rows: a row naming none continues the one above. Numbering
    // often starts again under each heading, so a problem is its number and its text together.
    const own = problemFields.map((f) => row.cells[f]?.value ?? null);
    if (own.some((v) => v !== null)) lastProblem = own.join("\u001f");
    if (lastProblem !== null) problems[current]!.add(lastProblem);
    if (category === undefined) return row;
    const cell = row.cells[category];
    if (cell !== undefined && cell.value !== null) return row;
    return {
      ...row,
      cells: {
        ...row.cells,
        [category]: derivedCell(section.text, section.category, "section"),
      },
    };
  });
  if (collected)
    sections.forEach((section, i) => {
      const byRows = section.unit === "条" || problemFields.length === 0;
      section.counted = byRows ? section.rows : problems[i]!.size;
    });
  return { rows: out, sections };
}

/**
 * 立行立改 in a deadline: due the day the work started, when the row says (开始时间); without a
 * start date the cell stays "at once" (value null, immediate) and an unfinished item is overdue.
 */
export function fillImmediateDeadlines(
  rows: LedgerRow[],
  schema: TableSchemaDescriptor,
): LedgerRow[] {
  const deadline = schema.fields.find((f) => f.taizhang?.role === "deadline")?.name;
  const start = schema.fields.find((f) => f.taizhang?.role === "startDate")?.name;
  if (deadline === undefined || start === undefined) return rows;
  if (!rows.some((row) => row.cells[deadline]?.immediate === true)) return rows;
  return rows.map((row) => {
    const cell = row.cells[deadline];
    const begun = row.cells[start]?.value;
    if (cell?.immediate !== true || typeof begun !== "string") return row;
    const dated: NormalizedCell = { ...cell, value: begun, derived: "startDate" };
    return { ...row, cells: { ...row.cells, [deadline]: dated } };
  });
}
