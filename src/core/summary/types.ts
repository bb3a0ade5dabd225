// The summary model: what one click produces. Every figure keeps the rows it was computed from.
import type { FlagDistribution } from "../flags/distribution";
import type { FlagScheme } from "../flags/scheme";
import type { ZeroBreakthrough } from "../rollup/indicators";
import type { LocalText } from "../rollup/localText";
import type { SixOnesCheck, StaffModelCheck } from "../rollup/programme";
import type { ProgressScore } from "../rollup/progressScore";
import type { Figure } from "../rollup/rowRef";
import type { OpenItem } from "./items";
import type { ReminderSlip } from "./reminders";
import type { Caveat } from "./caveats";
import type { Scope } from "./scope";

/** One sheet that went into the summary, as the reader reported it. */
export interface TableInfo {
  file: string | null;
  sheet: string;
  kind: string;
  /** The kind as the user reads it (问题整改台账), from the ledger's descriptor. */
  title: string;
  rows: number;
  errors: number;
}

export type ValueFormat = "integer" | "percent" | "amount" | "text";

export interface HeadlineFigure {
  key: string;
  label: LocalText;
  figure: Figure;
  format: ValueFormat;
}

/**
 * `unknown` counts items whose state nobody can tell (状态无法识别): done + inProgress +
 * notStarted + closed + unknown = measures; the completion rate is over the others.
 */
export const PROGRESS_FIGURES = [
  "measures",
  "done",
  "inProgress",
  "notStarted",
  "closed",
  "unknown",
  "overdue",
  "completionRate",
] as const;
export type ProgressFigures = Record<(typeof PROGRESS_FIGURES)[number], Figure>;

export interface ProblemFigures extends ProgressFigures {
  offices: Figure;
  problems: Figure;
  causes: Figure;
}

export interface ProblemSection {
  totals: ProblemFigures;
  byOffice: Array<ProblemFigures & { office: string | null; byCategory: Record<string, Figure> }>;
  byCategory: Array<ProblemFigures & { category: string | null }>;
}

export interface MeasureSection {
  totals: ProgressFigures;
  byOffice: Array<ProgressFigures & { office: string | null }>;
}

export interface PetitionSection {
  /** answered + resolved + pending + unknown = received. */
  totals: {
    received: Figure;
    answered: Figure;
    resolved: Figure;
    pending: Figure;
    unknown: Figure;
  };
}

export interface ReviewSection {
  totals: { reviewed: Figure; flawed: Figure; unqualified: Figure; flawedRate: Figure };
  byOffice: Array<{
    office: string | null;
    reviewed: Figure;
    flawed: Figure;
    unqualified: Figure;
    flawedRate: Figure;
  }>;
}

export interface FundingSection {
  totals: { amountWan: Figure; transfers: Figure };
  byOffice: Array<{ office: string | null; amountWan: Figure; transfers: Figure }>;
}

export interface PairingSection {
  sixOnes: SixOnesCheck[];
  staffModel: StaffModelCheck[];
}

export interface PerformanceSection {
  zeroBreakthroughs: ZeroBreakthrough[];
}

export interface ActivitySection {
  totals: { activities: Figure; byType: Record<string, Figure> };
}

export interface ChartSeries {
  key: string;
  label: LocalText;
  color?: string;
  values: Array<number | null>;
}

/** A chart as data: the host draws it (Excel chart, SVG in the task pane). */
export interface ChartSpec {
  key: "flagsByOffice" | "completionByOffice";
  kind: "stackedBar" | "column";
  title: LocalText;
  categories: string[];
  series: ChartSeries[];
  valueFormat: ValueFormat;
}

export interface ExchangeSection {
  /** 人员交流: every row, and per type (挂职, 遴选, 交流, 跟班学习, or the type as written). */
  totals: { exchanges: Figure; byType: Record<string, Figure> };
  /** Per weak office (the side of the exchange in the registry or the pairings). */
  byOffice: Array<{ office: string | null; exchanges: Figure; byType: Record<string, Figure> }>;
}

export interface Summary {
  asOf: string;
  scheme: FlagScheme;
  tables: TableInfo[];
  headline: HeadlineFigure[];
  problem?: ProblemSection;
  measure?: MeasureSection;
  petition?: PetitionSection;
  review?: ReviewSection;
  funding?: FundingSection;
  pairing?: PairingSection;
  performance?: PerformanceSection;
  activity?: ActivitySection;
  exchange?: ExchangeSection;
  /** Flags of the progress ledgers (problem, else measure rows). */
  flags?: FlagDistribution;
  /** 超期未完成, oldest deadline first. */
  overdue: OpenItem[];
  reminders: ReminderSlip[];
  progress: ProgressScore[];
  charts: ChartSpec[];
  /**
   * What the figures leave out and why: a key column no sheet had, statuses nobody can read.
   * Shown beside the figures and at the end of the narrative; never empty-handed silence.
   */
  caveats: Caveat[];
  /** Where the offices are (全省, 全市, 各省…), from the registry and the names; see scope.ts. */
  scope: Scope;
  narrative: LocalText;
}
