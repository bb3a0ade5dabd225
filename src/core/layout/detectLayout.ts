import type { Cell, CellArea } from "../model/cell";
import { cellText, headerLabel, isEmptyCell, displayText } from "../text";
import type { ColumnLabel, SheetLayout } from "./layout";
import { MIN_CONFIDENCE, labelConfidence, labelKey, type FieldKeys } from "./matchLabel";

/** Headers sit near the top; title blocks rarely exceed a handful of rows. */
const HEADER_SEARCH_ROWS = 30;

interface RowShape {
  nonEmpty: number;
  allText: boolean;
  hits: number;
}

/** Texts decided per set of field keys; emptied when full (a run over thousands of files). */
const DECIDED = new WeakMap<FieldKeys[], Map<string, boolean>>();
const DECIDED_KEPT = 20_000;

/**
 * Whether a cell's text names one of the fields well enough to count toward the header row,
 * decided once per distinct text (data rows repeat theirs: offices, dates, states).
 */
export class HeaderHits {
  private readonly decided: Map<string, boolean>;

  constructor(private readonly fieldKeys: FieldKeys[]) {
    // Shared by every sheet read with the same (compiled, reused) keys: files repeat their texts.
    let decided = DECIDED.get(fieldKeys);
    if (decided === undefined) DECIDED.set(fieldKeys, (decided = new Map()));
    this.decided = decided;
  }

  names(text: string): boolean {
    if (this.fieldKeys.length === 0) return false;
    let hit = this.decided.get(text);
    if (hit === undefined) {
      if (this.decided.size >= DECIDED_KEPT) this.decided.clear();
      const key = labelKey(text);
      hit = this.fieldKeys.some((f) => labelConfidence(key, f) >= MIN_CONFIDENCE + 0.2);
      this.decided.set(text, hit);
    }
    return hit;
  }
}

const NO_FIELDS = new HeaderHits([]);

function shapeOf(row: Cell[] | undefined, hits: HeaderHits): RowShape {
  let nonEmpty = 0;
  let allText = true;
  let named = 0;
  for (const cell of row ?? []) {
    if (isEmptyCell(cell)) continue;
    nonEmpty += 1;
    if (typeof cell !== "string") {
      allText = false;
      continue;
    }
    if (hits.names(cell)) named += 1;
  }
  return { nonEmpty, allText, hits: named };
}

/** The header row: the one naming most fields; without any, the first all-text row of two or more cells. */
function findHeaderRow(values: Cell[][], hits: HeaderHits): number {
  // The search starts at the first filled row: one table of several on a sheet is read with the
  // rows above it left empty (see read/regions).
  let first = 0;
  while (first < values.length && shapeOf(values[first], NO_FIELDS).nonEmpty === 0) first++;
  if (first === values.length) first = 0;
  const limit = Math.min(values.length, first + HEADER_SEARCH_ROWS);
  let best = -1;
  let bestHits = 1;
  for (let r = first; r < limit; r++) {
    const shape = shapeOf(values[r], hits);
    if (shape.hits > bestHits) {
      best = r;
      bestHits = shape.hits;
    }
  }
  if (best >= 0) return best;
  for (let r = first; r < limit; r++) {
    const shape = shapeOf(values[r], NO_FIELDS);
    if (shape.nonEmpty >= 2 && shape.allText) return r;
  }
  return first;
}

function mergesStartingIn(merges: CellArea[], row: number): CellArea[] {
  return merges.filter((m) => m.row === row && (m.columnCount > 1 || m.rowCount > 1));
}

/**
 * Whether rows top and top+1 form one grouped header: merges that group columns (or span both
 * rows) in the top row, or — without merge information (CSV) — a sub row of labels that fills
 * the gaps the top row leaves, while the top row has labels with nothing beneath them.
 */
function isTwoRowHeader(
  values: Cell[][],
  top: number,
  merges: CellArea[],
  width: number,
  hits: HeaderHits,
): boolean {
  const upper = values[top] ?? [];
  const lower = values[top + 1] ?? [];
  const lowerShape = shapeOf(lower, hits);
  const upperShape = shapeOf(upper, hits);
  if (!lowerShape.allText || lowerShape.nonEmpty === 0 || upperShape.nonEmpty < 2) return false;
  const starting = mergesStartingIn(merges, top).filter((m) => m.columnCount < width);
  if (starting.length > 0) return lowerShape.hits >= 1 || starting.some((m) => m.columnCount > 1);
  let upperOnly = 0;
  let lowerOnly = 0;
  for (let c = 0; c < width; c++) {
    const up = !isEmptyCell(upper[c]);
    const low = !isEmptyCell(lower[c]);
    if (up && !low) upperOnly += 1;
    if (!up && low) lowerOnly += 1;
  }
  return upperOnly > 0 && lowerOnly > 0 && lowerShape.hits >= 1;
}

function lastNonEmpty(row: Cell[] | undefined): number {
  if (!row) return -1;
  for (let c = row.length - 1; c >= 0; c--) if (!isEmptyCell(row[c])) return c;
  return -1;
}

/** Flattens one or two header rows into labels: group/sub for grouped columns. */
function labelsOf(
  raw: Cell[][],
  filled: Cell[][],
  headerRows: number[],
  width: number,
): ColumnLabel[] {
  const labels: ColumnLabel[] = [];
  const [top, sub] = headerRows;
  let group = "";
  for (let c = 0; c < width; c++) {
    const topText = displayText(cellText(filled[top ?? 0]?.[c]));
    if (sub === undefined) {
      labels.push(makeLabel(c, topText, []));
      continue;
    }
    const rawTop = displayText(cellText(raw[top!]?.[c]));
    const subRaw = displayText(cellText(raw[sub]?.[c]));
    // Without merges a group label sits only over its first column; carry it right over sub-columns.
    if (rawTop !== "") group = rawTop;
    const groupText = topText !== "" ? topText : subRaw !== "" ? group : "";
    if (subRaw === "" || subRaw === groupText) labels.push(makeLabel(c, groupText, []));
    else if (groupText === "") labels.push(makeLabel(c, subRaw, []));
    else labels.push(makeLabel(c, subRaw, [groupText], `${groupText}/${subRaw}`));
  }
  return labels;
}

function makeLabel(column: number, text: string, groups: string[], shown?: string): ColumnLabel {
  const main = headerLabel(text);
  const label: ColumnLabel = {
    column,
    text: shown ?? text,
    keys: [labelKey(text), ...groups.map((g) => labelKey(g))],
  };
  const unit = main.unit ?? groups.map((g) => headerLabel(g).unit).find((u) => u !== undefined);
  if (unit !== undefined) label.unit = unit;
  return label;
}

/** Finds the header (one or two rows), flattens its labels and notes the title lines above it. */
export function detectLayout(
  raw: Cell[][],
  filled: Cell[][],
  merges: CellArea[],
  fieldKeys: FieldKeys[],
): SheetLayout {
  const hits = new HeaderHits(fieldKeys);
  const headerRow = findHeaderRow(raw, hits);
  let headerRows = [headerRow];
  const widthOf = (rows: number[]) => Math.max(0, ...rows.map((r) => lastNonEmpty(filled[r]) + 1));
  // A sub-row may reach further right than the row above it (its group label sits only on the left).
  if (isTwoRowHeader(raw, headerRow, merges, widthOf([headerRow, headerRow + 1]), hits)) {
    headerRows = [headerRow, headerRow + 1];
  } else if (
    headerRow > 0 &&
    isTwoRowHeader(raw, headerRow - 1, merges, widthOf([headerRow - 1, headerRow]), hits)
  ) {
    headerRows = [headerRow - 1, headerRow];
  }
  const width = widthOf(headerRows);
  const titleLines: string[] = [];
  for (let r = 0; r < headerRows[0]!; r++) {
    const text = (raw[r] ?? [])
      .filter((c) => !isEmptyCell(c))
      .map((c) => displayText(cellText(c)))
      .join(" ");
    if (text !== "") titleLines.push(text);
  }
  return {
    headerRows,
    labels: labelsOf(raw, filled, headerRows, width),
    width,
    dataStart: headerRows[headerRows.length - 1]! + 1,
    titleLines,
  };
}
