// Named dimensions a rollup can group by. Each compiles once per ledger into a row → key reader.
import { monthKey, quarterKey } from "../dates";
import type { FieldRole } from "../model/ledger";
import type { LocalText } from "./localText";
import { roleReader, textOf } from "./roles";
import type { LedgerScan } from "./scan";

export interface DimensionSpec {
  dimension: DimensionName;
  /** For month/quarter: the date column to bucket (default: date, then deadline, then doneDate). */
  role?: FieldRole;
}

export interface DimensionDefinition {
  label: LocalText;
  compile(scan: LedgerScan, spec: DimensionSpec): (index: number) => string | null;
}

/** A plain column read by role. */
function column(role: FieldRole, label: LocalText): DimensionDefinition {
  return {
    label,
    compile(scan) {
      const read = roleReader(scan.ledger, role);
      const rows = scan.ledger.rows;
      return (index) => {
        const row = rows[index];
        return row === undefined ? null : textOf(read(row));
      };
    },
  };
}

/** A column, or the office registry's entry for the row's office when the ledger lacks it. */
function officeAttribute(role: "city" | "province", label: LocalText): DimensionDefinition {
  return {
    label,
    compile(scan, spec) {
      const own = column(role, label).compile(scan, spec);
      const registry = scan.context.registry;
      return (index) => {
        const value = own(index);
        if (value !== null || registry === undefined) return value;
        const office = scan.office(index);
        return office === null ? null : (registry.get(office)?.[role] ?? null);
      };
    },
  };
}

/**
 * A problem-level column (问题类别) on a problem ledger: the measure rows below a problem inherit
 * the value of its first row when their own cell is empty (merged cells, or typed once).
 */
function problemColumn(role: FieldRole, label: LocalText): DimensionDefinition {
  return {
    label,
    compile(scan, spec) {
      const own = column(role, label).compile(scan, spec);
      const hasProblems = scan.ledger.fields.some(
        (f) => f.role === "problem" || f.role === "problemId",
      );
      if (!hasProblems) return own;
      const values = new Array<string | null>(scan.ledger.rows.length);
      let previousKey: string | null = null;
      let previousValue: string | null = null;
      for (let index = 0; index < values.length; index++) {
        const key: string | null = scan.problemKey(index);
        const value: string | null =
          own(index) ?? (key !== null && key === previousKey ? previousValue : null);
        values[index] = value;
        previousKey = key;
        previousValue = value;
      }
      return (index) => values[index] ?? null;
    },
  };
}

/** "队伍方面", "队伍建设", "队伍问题" and "队伍" are one category: the suffix is dropped. */
export function canonicalCategory(text: string): string {
  const stem = text.replace(/\s/g, "").replace(/(方面|问题|建设|类)+$/, "");
  return stem.length >= 2 ? stem : text.trim();
}

function categoryColumn(label: LocalText): DimensionDefinition {
  return {
    label,
    compile(scan, spec) {
      const read = problemColumn("category", label).compile(scan, spec);
      // A ledger has a handful of categories over its thousands of rows: each is made canonical
      // once, not once a row (two regular-expression replaces, two new strings).
      const canonical = new Map<string, string>();
      return (index) => {
        const value = read(index);
        if (value === null) return null;
        let stem = canonical.get(value);
        if (stem === undefined) {
          stem = canonicalCategory(value);
          canonical.set(value, stem);
        }
        return stem;
      };
    },
  };
}

const DATE_ROLES: FieldRole[] = ["date", "deadline", "doneDate", "startDate"];

function calendar(bucket: (iso: string) => string | null, label: LocalText): DimensionDefinition {
  return {
    label,
    compile(scan, spec) {
      const role =
        spec.role ?? DATE_ROLES.find((r) => scan.ledger.fields.some((f) => f.role === r)) ?? "date";
      const read = column(role, label).compile(scan, spec);
      return (index) => {
        const value = read(index);
        return value === null ? null : bucket(value);
      };
    },
  };
}

export const DIMENSIONS = {
  office: {
    label: { zh: "院", en: "Office" },
    compile: (scan) => scan.office,
  },
  city: officeAttribute("city", { zh: "市州", en: "City" }),
  province: officeAttribute("province", { zh: "省份", en: "Province" }),
  category: categoryColumn({ zh: "类别", en: "Category" }),
  responsibleUnit: column("responsibleUnit", { zh: "责任单位", en: "Responsible unit" }),
  responsiblePerson: column("responsiblePerson", { zh: "责任人", en: "Responsible person" }),
  helper: column("helper", { zh: "帮扶单位", en: "Helping unit" }),
  period: column("period", { zh: "期间", en: "Period" }),
  indicator: column("indicator", { zh: "指标", en: "Indicator" }),
  status: {
    label: { zh: "状态", en: "Status" },
    compile: (scan) => scan.status,
  },
  month: calendar(monthKey, { zh: "月份", en: "Month" }),
  quarter: calendar(quarterKey, { zh: "季度", en: "Quarter" }),
} satisfies Record<string, DimensionDefinition>;

export type DimensionName = keyof typeof DIMENSIONS;
