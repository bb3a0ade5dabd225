import type { ReadLedgerResult } from "../read";

/** One file handed in for consolidation, as its ledgers were read (the grid already dropped). */
export interface ConsolidatedFile {
  /** The file's name as the user knows it. */
  file: string;
  /** Its content fingerprint (see contentFingerprint); null when the file could not be read. */
  fingerprint: string | null;
  /** The ledgers found in it (an empty list: nothing recognisable). */
  ledgers: readonly ReadLedgerResult[];
  /** Why it could not be read, in both languages, when it could not. */
  problem?: { zh: string; en: string };
  /**
   * The earlier file of this period with exactly the same content, when there is one: the same
   * report sent twice. Its rows are counted there, once; this file keeps its ledgers' names and
   * row counts for 报送情况 but no rows.
   */
  copyOf?: string;
}

/** A file of the previous period, known by its fingerprint only. */
export interface PreviousFile {
  file: string;
  fingerprint: string;
}

/** Where a merged row came from. */
export interface RowSource {
  file: string;
  sheet: string;
  /** 1-based physical row in that sheet. */
  row: number;
  office: string | null;
}

/** A key (问题编号) found in more than one file, with every row that carries it. */
export interface Repeat {
  kind: string;
  /** The key's field titles and values, as the user wrote them: 问题编号 WT-001. */
  key: string;
  sources: RowSource[];
}
