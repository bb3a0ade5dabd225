import type { Ledger } from "../model/ledger";
import type { ColumnFlagScheme } from "../flags/columnScheme";

/**
 * The smallest shapes the plan builders need from the other core areas. They are structural, so
 * the real descriptor (src/core/ledgers), reader result (src/core/read), flag scheme
 * (src/core/flags) and summary (src/core/summary) satisfy them without adapters.
 */

/** A Table Schema field with the Taizhang custom properties the template uses. */
export interface TemplateField {
  name: string;
  title?: string;
  type?: string;
  format?: string;
  description?: string;
  constraints?: {
    required?: boolean;
    enum?: readonly (string | number | boolean)[];
    minimum?: number | string;
    maximum?: number | string;
  };
  /** Taizhang's custom properties (role, synonyms…). */
  taizhang?: { role?: string };
}

export interface TemplateDescriptor {
  name?: string;
  title?: string;
  description?: string;
  fields: readonly TemplateField[];
}

/** A read ledger with where its fields sit in the sheet (0-based). */
export interface LocatedLedger extends Ledger {
  /** 0-based row of the (last) header row. */
  headerRow: number;
  /** Field name → 0-based sheet column. */
  columns: Record<string, number>;
}

/**
 * The labels and colours of one flag scheme, per state the formula can tell apart: the flags
 * core's Excel export (src/core/flags/columnScheme.ts) minus the rule list, which the formula encodes.
 */
export type FlagSchemeInput = Omit<ColumnFlagScheme, "rules" | "dueSoonDays"> & {
  dueSoonDays?: number;
};

export type SummaryValueFormat = "integer" | "percent" | "amount" | "text" | "date";

export interface SummaryTableInput {
  key: string;
  title: string;
  /** One line under the title saying how the table's figures are made. */
  note?: string;
  columns: { key: string; title: string; format?: SummaryValueFormat }[];
  rows: Record<string, string | number | null>[];
}

export interface SummaryChartInput {
  key: string;
  /** Flags per office as a stacked bar; completion rate per office as columns. */
  kind: "stackedBar" | "column";
  title: string;
  /** Key of the table holding the data. */
  table: string;
  category: string;
  series: { key: string; title: string; color?: string }[];
}

/** The summary model as the sheet shows it (src/core/summary's result maps onto this). */
export interface SummaryInput {
  asOf: string;
  title: string;
  headline: { label: string; value: string | number; format?: SummaryValueFormat }[];
  narrative: string;
  /** What each flag of the scheme means, with its colours (标识说明). */
  legend?: {
    title: string;
    entries: { label: string; meaning: string; fill: string; font: string }[];
  };
  tables: SummaryTableInput[];
  charts: SummaryChartInput[];
}

/** A validation error as src/core/validate reports it (physical 1-based row and column). */
export interface IssueInput {
  sheet: string;
  type: string;
  rowNumber: number | null;
  fieldNumber: number | null;
  fieldName?: string | null;
  cell?: string | null;
  /** Where, in a clerk's words (第4行“完成时限”); the cell address is written beside it. */
  where?: string | { zh: string; en: string };
  message: string | { zh: string; en: string };
}

export interface ReminderItemInput {
  office?: string;
  item: string;
  deadline: string | null;
  status?: string;
  /** "overdue" (超期) or "dueSoon" (临期). */
  state: "overdue" | "dueSoon";
  days?: number;
  /** Due at once (立行立改) and not done: overdue since it was found, by no count of days. */
  dueAtOnce?: boolean;
}

/** One 工作提示单: a responsible person or unit and what they must see to. */
export interface ReminderSlipInput {
  recipient: string;
  items: ReminderItemInput[];
}
