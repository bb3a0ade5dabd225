// Runs a declarative rollup plan: group rows by named dimensions, compute named measures.
// Compile per ledger and column first, then one tight loop per ledger over its rows.
import type { Ledger } from "../model/ledger";
import { DIMENSIONS, type DimensionName, type DimensionSpec } from "./dimensions";
import { measureOf, type MeasureSpec } from "./measures/index";
import { RowList } from "./rowList";
import type { Figure } from "./rowRef";
import { scanLedger, type LedgerScan, type RollupContext } from "./scan";

export interface RollupPlan {
  /** Only ledgers of this kind take part (all ledgers when absent). */
  kind?: string;
  groupBy: Array<DimensionName | DimensionSpec>;
  measures: Record<string, MeasureSpec>;
}

export interface RollupGroup {
  /** Dimension name → key (null when the cell was empty). */
  key: Record<string, string | null>;
  figures: Record<string, Figure>;
}

export interface RollupResult {
  dimensions: string[];
  measures: string[];
  /** Groups in the order their first row appears. */
  groups: RollupGroup[];
}

interface Group {
  id: number;
  key: Array<string | null>;
  rows: RowList;
}
type GroupTree = Map<string | null, GroupTree | Group>;

/** Rolls up several ledgers (e.g. one workbook per office) with one plan. */
export function rollup(
  ledgers: readonly Ledger[],
  plan: RollupPlan,
  context: RollupContext,
): RollupResult {
  const scans = ledgers
    .filter((ledger) => plan.kind === undefined || ledger.kind === plan.kind)
    .map((ledger) => scanLedger(ledger, context));
  return rollupScans(scans, plan);
}

/** The same over ledgers already scanned (the summary shares scans between plans). */
export function rollupScans(scans: readonly LedgerScan[], plan: RollupPlan): RollupResult {
  const dimensionSpecs = plan.groupBy.map((spec): DimensionSpec =>
    typeof spec === "string" ? { dimension: spec } : spec,
  );
  const measureNames = Object.keys(plan.measures);
  const measureSpecs = measureNames.map((name) => plan.measures[name] as MeasureSpec);
  const definitions = measureSpecs.map(measureOf);
  // Groups live in nested maps, one level per dimension: no key strings are built per row.
  // Rows are assigned to groups first, then each measure sweeps the rows on its own, so every
  // loop calls one step function (monomorphic, which the engine inlines).
  const root: GroupTree = new Map();
  const groups: Group[] = [];
  const dimensionCount = dimensionSpecs.length;
  const statesByMeasure: unknown[][] = definitions.map(() => []);
  const newGroup = (key: Array<string | null>): Group => {
    const group = { id: groups.length, key, rows: new RowList() };
    groups.push(group);
    definitions.forEach((definition, m) =>
      statesByMeasure[m]?.push(definition.init(measureSpecs[m] as MeasureSpec)),
    );
    return group;
  };

  for (const scan of scans) {
    const keyOf = dimensionSpecs.map((spec) => DIMENSIONS[spec.dimension].compile(scan, spec));
    const rowCount = scan.ledger.rows.length;
    const groupOf = new Int32Array(rowCount);
    for (let index = 0; index < rowCount; index++) {
      let node: GroupTree | Group = root;
      for (let d = 0; d < dimensionCount; d++) {
        const tree = node as GroupTree;
        const key = (keyOf[d] as (i: number) => string | null)(index);
        let next = tree.get(key);
        if (next === undefined) {
          next = d === dimensionCount - 1 ? newGroup(keyOf.map((read) => read(index))) : new Map();
          tree.set(key, next);
        }
        node = next;
      }
      if (dimensionCount === 0) node = groups[0] ?? newGroup([]);
      groupOf[index] = (node as Group).id;
      (node as Group).rows.add(scan.ref, index);
    }
    definitions.forEach((definition, m) => {
      const step = definition.compile(scan, measureSpecs[m] as MeasureSpec);
      const states = statesByMeasure[m] as unknown[];
      for (let index = 0; index < rowCount; index++) step(states[groupOf[index] as number], index);
    });
  }

  const context = scans[0]?.context ?? { asOf: "" };
  return {
    dimensions: dimensionSpecs.map((spec) => spec.dimension),
    measures: measureNames,
    groups: groups.map((group) => ({
      key: Object.fromEntries(
        dimensionSpecs.map((spec, d) => [spec.dimension, group.key[d] ?? null]),
      ),
      figures: Object.fromEntries(
        measureNames.map((name, m) => [
          name,
          (definitions[m] as (typeof definitions)[number]).finish(
            statesByMeasure[m]?.[group.id],
            measureSpecs[m] as MeasureSpec,
            context,
            group.rows,
          ),
        ]),
      ),
    })),
  };
}

/** The one group of a rollup with no dimensions (all zero figures when there were no rows). */
export function totalsOf(
  ledgers: readonly Ledger[],
  plan: Omit<RollupPlan, "groupBy">,
  context: RollupContext,
): Record<string, Figure> {
  const result = rollup(ledgers, { ...plan, groupBy: [] }, context);
  return result.groups[0]?.figures ?? emptyFigures(plan.measures, context);
}

/**
 * The measures' figures over no rows, as each measure finishes its empty state: a count is 0, a
 * rate null (nothing to divide by: 完成率 is "—", not 0.00%).
 */
export function emptyFigures(
  measures: Record<string, MeasureSpec>,
  context: RollupContext,
): Record<string, Figure> {
  return Object.fromEntries(
    Object.entries(measures).map(([name, spec]) => [
      name,
      measureOf(spec).finish(measureOf(spec).init(spec), spec, context, new RowList()),
    ]),
  );
}
