// A progress score per office: the quantified standard the seed (Shaanxi) says is missing.
// Transparent on purpose: every component is a fraction shown with its weight, and the score is
//   score = 100 × Σ(weight × value) / Σ(weight)   over the components that have a value.
// A component without data (no deadline has come yet, nothing done, no pairing) drops out and
// the remaining weights share its part, so an office is never punished for what cannot be measured.
import type { Ledger } from "../model/ledger";
import { officeKey } from "../normalize/office";
import type { LocalText } from "./localText";
import { sixOnes } from "./programme";
import { rollup } from "./rollup";
import { mergeRefs, safeRatio, withLazyRows, type Figure, type RowRef } from "./rowRef";
import type { RollupContext } from "./scan";

export type ProgressComponentName = "completion" | "timeliness" | "closure" | "sixOnes";

export const PROGRESS_COMPONENTS: Record<
  ProgressComponentName,
  { label: LocalText; explain: LocalText }
> = {
  completion: {
    label: { zh: "完成率", en: "Completion" },
    explain: {
      zh: "已完成（含已销号）措施 ÷ 全部措施（进展状态无法识别的不计）",
      en: "measures done (incl. closed) ÷ all measures (those whose status cannot be read left out)",
    },
  },
  timeliness: {
    label: { zh: "按期率", en: "Timeliness" },
    explain: {
      zh: "已到期措施中按期完成的 ÷ 已到期措施",
      en: "measures due by the date and done on time ÷ measures due by the date",
    },
  },
  closure: {
    label: { zh: "销号率", en: "Closure" },
    explain: { zh: "已销号 ÷ 已完成（含已销号）", en: "closed ÷ done (incl. closed)" },
  },
  sixOnes: {
    label: { zh: "六个一", en: "Six ones" },
    explain: {
      zh: "结对共建“六个一”已完成项 ÷ 应完成项",
      en: "pairing “six ones” items done ÷ items",
    },
  },
};

export interface ProgressWeight {
  name: ProgressComponentName;
  weight: number;
}

/** Default weights (sum 100): completion first, then keeping to deadlines, then 销号, then 六个一. */
export const DEFAULT_PROGRESS_WEIGHTS: ProgressWeight[] = [
  { name: "completion", weight: 40 },
  { name: "timeliness", weight: 30 },
  { name: "closure", weight: 20 },
  { name: "sixOnes", weight: 10 },
];

export interface ProgressComponent {
  name: ProgressComponentName;
  label: LocalText;
  weight: number;
  /** A fraction 0–1, or null when there is nothing to measure. */
  value: number | null;
  rows: RowRef[];
}

/** A component's value, and how to list its rows when someone reads them. */
interface ComponentPart {
  value: number | null;
  rows: () => RowRef[];
}

export interface ProgressScore {
  office: string;
  /** 0–100, one decimal; null when no component has a value. */
  score: number | null;
  components: ProgressComponent[];
}

export interface ProgressOptions {
  weights?: ProgressWeight[];
  /** Ledger kinds whose rows are the office's measures (default: problem). */
  kinds?: string[];
}

/** One score per office found in the measure ledgers, in order of first appearance. */
export function progressScores(
  ledgers: readonly Ledger[],
  context: RollupContext,
  options: ProgressOptions = {},
): ProgressScore[] {
  const kinds = options.kinds ?? ["problem"];
  const weights = options.weights ?? DEFAULT_PROGRESS_WEIGHTS;
  const measured = rollup(
    ledgers.filter((ledger) => kinds.includes(ledger.kind)),
    {
      groupBy: ["office"],
      measures: {
        rate: { fn: "completionRate" },
        completed: { fn: "completed" },
        due: { fn: "due" },
        onTime: { fn: "onTime" },
        closed: { fn: "closed" },
      },
    },
    context,
  );
  const pairings = sixOnes(ledgers);
  // Each component's rows are made when read: made here, they were a RowRef and an array slot
  // for every measure of every office, held as long as the summary.
  const ratio = (top: Figure | undefined, bottom: Figure | undefined): ComponentPart => ({
    value:
      top === undefined || bottom === undefined || top.value === null || bottom.value === null
        ? null
        : safeRatio(top.value, bottom.value),
    rows: () => mergeRefs(top?.rows ?? [], bottom?.rows ?? []),
  });

  return measured.groups.flatMap((group) => {
    const office = group.key.office;
    if (office === null || office === undefined) return [];
    const f = group.figures;
    const own = pairings.filter(
      (pairing) =>
        pairing.office !== null &&
        officeKey(pairing.office) === officeKey(office) &&
        pairing.total > 0,
    );
    const parts: Record<ProgressComponentName, ComponentPart> = {
      completion: { value: f.rate?.value ?? null, rows: () => f.rate?.rows ?? [] },
      timeliness: ratio(f.onTime, f.due),
      closure: ratio(f.closed, f.completed),
      sixOnes: {
        value:
          own.length === 0
            ? null
            : own.reduce((sum, p) => sum + p.done, 0) / own.reduce((sum, p) => sum + p.total, 0),
        rows: () => own.flatMap((p) => p.rows),
      },
    };
    const components = weights.map(({ name, weight }): ProgressComponent => {
      const part = parts[name];
      return withLazyRows(
        { name, label: PROGRESS_COMPONENTS[name].label, weight, value: part.value },
        part.rows,
      );
    });
    return [{ office, score: weightedScore(components), components }];
  });
}

/** 100 × Σ(weight × value) / Σ(weight) over components with a value, one decimal. */
export function weightedScore(
  components: ReadonlyArray<{ weight: number; value: number | null }>,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const { weight, value } of components) {
    if (value === null || weight <= 0) continue;
    weighted += weight * value;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((1000 * weighted) / weights) / 10;
}
