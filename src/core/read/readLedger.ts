import { TaizhangError } from "../errors";
import { fieldList, ledgerFields, ledgerSchema, type TableSchemaDescriptor } from "../ledgers";
import type { SheetInput } from "../model/cell";
import { createOfficeRegistry, type OfficeRegistry } from "../normalize";
import { compileField, type FieldPlan, type PlanContext } from "../validate/compileField";
import { compileRowRules } from "../validate/domainChecks";
import { ErrorCollector } from "../validate/errorReport";
import { makeError } from "../validate/makeError";
import { checkLabels, checkRequiredColumns } from "../validate/labelErrors";
import { sweepRows } from "../validate/sweepRows";
import { columnLetter } from "../model/address";
import {
  chooseSchema,
  detectLayout,
  filledGrid,
  fitSchema,
  genericSchema,
  titleContext,
  type SchemaFit,
} from "../layout";
import type { ReadLedgerResult, SheetReport } from "./readResult";
import {
  applySections,
  contextLines,
  contextOfficeField,
  fillImmediateDeadlines,
  fillOffice,
  findContextOffice,
  sectionsOf,
} from "./contextFill";
import { regionOf, type RowRange } from "./region";
import { withUserColumns, type UserColumn } from "./userColumns";

export interface ReadOptions {
  /** Ledger kind (office, problem, …): skips kind detection. */
  kind?: string;
  /** A user's descriptor (see loadDescriptor): wins over `kind`. */
  schema?: TableSchemaDescriptor;
  /** Offices the sheet may name: office cells read as the registry's names; others are foreign-key errors. */
  registry?: OfficeRegistry | readonly string[];
  /**
   * Year for 3月底/年底前/上半年 when neither the row's own dates nor the title rows give one.
   * Never taken from the clock.
   */
  contextYear?: number;
  /**
   * Only these physical rows (1-based, inclusive): one table of a sheet holding several, as
   * readWorkbookLedgers finds them. The rows keep their numbers.
   */
  rows?: RowRange;
  /** Columns the user assigned (台账识别), laid over the detected mapping. */
  columns?: readonly UserColumn[];
}

function fitFor(
  sheet: SheetInput,
  options: ReadOptions,
  raw: SheetInput["values"],
  filled: SheetInput["values"],
): SchemaFit | undefined {
  const merges = sheet.merges ?? [];
  if (options.schema) return { ...fitSchema(options.schema, raw, filled, merges), confidence: 1 };
  if (options.kind !== undefined) {
    const schema = ledgerSchema(options.kind);
    if (!schema) throw new TaizhangError("kindUnknown", options.kind);
    // How well the sheet fits the kind the user chose, measured as detection measures it: a
    // wrong choice shows a low figure rather than a certainty nobody had.
    return fitSchema(schema, raw, filled, merges);
  }
  return chooseSchema(raw, filled, merges);
}

function genericFit(
  sheet: SheetInput,
  raw: SheetInput["values"],
  filled: SheetInput["values"],
): SchemaFit {
  const layout = detectLayout(raw, filled, sheet.merges ?? [], []);
  const schema = genericSchema(layout);
  const mapping = schema.fields.map((field, i) => ({
    field: field.name,
    column: i + 1,
    letter: columnLetter(i),
    label: layout.labels[i]?.text ?? "",
    confidence: 1,
  }));
  return { schema, layout, mapping, score: 0, confidence: 0 };
}

/**
 * Reads one sheet as a ledger: finds the header, picks the ledger kind (unless given), maps
 * columns to fields, reads and checks every data row. Never throws on bad data — every problem is
 * an error record in the result; throws TaizhangError only for an unknown `kind`.
 */
export function readLedger(sheet: SheetInput, options: ReadOptions = {}): ReadLedgerResult {
  return readSheet(sheet, options, true);
}

/**
 * The same reading and checks as readLedger, keeping no rows: for validating large sheets when
 * only the report is wanted (foreign keys across ledgers need readLedger's rows).
 */
export function validateSheet(sheet: SheetInput, options: ReadOptions = {}): SheetReport {
  const { rows: _rows, ...report } = readSheet(sheet, options, false);
  return report;
}

function readSheet(
  whole: SheetInput,
  options: ReadOptions,
  collectRows: boolean,
): ReadLedgerResult {
  const sheet = options.rows === undefined ? whole : regionOf(whole, options.rows);
  const raw = sheet.values;
  const filled = filledGrid(sheet);
  const ledgerFit = fitFor(sheet, options, raw, filled);
  const detected = ledgerFit ?? genericFit(sheet, raw, filled);
  const fit = ledgerFit && options.columns ? withUserColumns(detected, options.columns) : detected;
  const { schema, layout, mapping } = fit;
  const errors = new ErrorCollector();
  const title = titleContext([...layout.titleLines, sheet.name]);
  // The sheet's year for yearless dates: its title's, then the caller's. A row's own dates come
  // before both (see validate/rowYear); the clock never counts.
  const contextYear = title.year ?? options.contextYear;
  const registry = Array.isArray(options.registry)
    ? createOfficeRegistry(options.registry)
    : (options.registry as OfficeRegistry | undefined);
  const missingValues = new Set(schema.missingValues ?? [""]);
  const officeReferences = new Set(
    (schema.foreignKeys ?? [])
      .filter((fk) => fk.reference.resource === "office")
      .flatMap((fk) => fieldList(fk.fields)),
  );

  checkLabels(layout.labels, errors);

  const byName = new Map(schema.fields.map((f) => [f.name, f]));
  const plans: FieldPlan[] = [];
  for (const m of mapping) {
    const field = byName.get(m.field);
    if (!field) continue;
    const context: PlanContext = { missingValues, date1904: sheet.date1904 === true };
    if (contextYear !== undefined) context.contextYear = contextYear;
    const unit = layout.labels[m.column - 1]?.unit ?? title.unit;
    if (unit !== undefined) context.sourceUnit = unit;
    if (registry) context.registry = registry;
    plans.push(compileField(field, m.column - 1, context, officeReferences.has(field.name)));
  }

  const columnNames = layout.labels.map(
    (l) => mapping.find((m) => m.column === l.column + 1)?.field ?? l.text,
  );
  const { rows, rowCount, skipped } = sweepRows({
    values: filled,
    rawValues: raw,
    numberFormats: sheet.numberFormats,
    dataStart: layout.dataStart,
    headerRows: layout.headerRows,
    width: layout.width,
    columnNames,
    plans,
    parentFields: new Set(schema.fields.filter((f) => f.taizhang?.parent).map((f) => f.name)),
    primaryKey: fieldList(schema.primaryKey),
    rules: compileRowRules(plans),
    missingValues,
    errors,
    collectRows,
    // A ledger's blank rows are separators people leave between groups of problems: skipped, not
    // errors. With no ledger schema the table is checked as Frictionless does, blank rows included.
    reportBlankRows: ledgerFit === undefined,
  });

  // What the rows take from around the table: the office the title names when no column holds
  // it, the category of the heading above them, the start date for 立行立改.
  const mapped = new Set(mapping.map((m) => m.field));
  const officeField = contextOfficeField(schema, mapped);
  const office =
    officeField === undefined
      ? undefined
      : findContextOffice(
          officeField,
          contextLines(raw, layout.headerRows[0] ?? 0, skipped, raw.length),
          sheet.name,
          sheet.file,
          registry,
        );
  if (office !== undefined) {
    mapped.add(office.field);
    if (registry && officeReferences.has(office.field) && registry.canonical(office.text) === null)
      errors.add("foreign-key", () =>
        makeError("foreign-key", {
          rowNumber: office.row,
          fieldNumber: null,
          fieldName: office.field,
          fieldTitle: byName.get(office.field)?.title ?? office.field,
          cell: office.text,
          details: { reference: "office" },
        }),
      );
  }
  checkRequiredColumns(schema.fields, mapped, errors);
  let kept = office === undefined ? rows : fillOffice(rows, office);
  const sectioned = applySections(kept, sectionsOf(raw, skipped), schema, collectRows);
  kept = fillImmediateDeadlines(sectioned.rows, schema);
  if (sectioned.sections.length > 0) {
    const category = schema.fields.find((f) => f.taizhang?.role === "category");
    if (category !== undefined) mapped.add(category.name);
  }

  const report = errors.report();
  const mappedColumns = new Set(mapping.map((m) => m.column));
  const result: ReadLedgerResult = {
    kind: schema.taizhang?.kind ?? schema.name ?? "table",
    sheet: sheet.name,
    fields: ledgerFields(schema).map((field) =>
      mapped.has(field.name) ? field : { ...field, missing: true },
    ),
    rows: kept,
    rowCount,
    schema,
    kindConfidence: Math.round(fit.confidence * 100) / 100,
    headerRows: layout.headerRows.map((r) => r + 1),
    headerRow: raw.length === 0 ? null : layout.headerRows[0]! + 1,
    mapping,
    unmappedColumns: layout.labels
      .filter((l) => !mappedColumns.has(l.column + 1) && l.text !== "")
      .map((l) => ({ column: l.column + 1, letter: columnLetter(l.column), label: l.text })),
    skippedRows: skipped,
    errors: report.errors,
    errorCounts: report.errorCounts,
    truncated: report.truncated,
    valid: errors.size === 0,
    checkedReferences: registry && officeReferences.size > 0 ? ["office"] : [],
  };
  if (sheet.file !== undefined) result.file = sheet.file;
  if (contextYear !== undefined) result.contextYear = contextYear;
  if (options.rows !== undefined) result.region = options.rows;
  if (office !== undefined) result.officeFrom = office;
  if (sectioned.sections.length > 0) result.sections = sectioned.sections;
  return result;
}
