import { useCallback, useEffect, useRef, useState } from "react";
import type { LedgerOperations, WorkbookOverview } from "../../app/operations";
import type { Runner } from "./runner";

/** What every panel knows about the workbook: its sheets, the ledgers, the chosen sheet, the date. */
export interface WorkbookView {
  overview: WorkbookOverview | null;
  /** The sheet chosen in 台账识别 (the one used while nothing is registered). */
  chosen: string;
  choose(sheet: string): void;
  /** The workbook's as-of date, or today's until one is set. */
  asOf: string;
  setAsOf(date: string): void;
  refresh(): Promise<WorkbookOverview>;
}

/** Saved once the user stops changing the date, and never while another write is running. */
const AS_OF_DELAY_MS = 600;

export function useWorkbook(ops: LedgerOperations, today: string, runner: Runner): WorkbookView {
  const [overview, setOverview] = useState<WorkbookOverview | null>(null);
  const [chosen, setChosen] = useState("");
  const [asOf, setAsOfState] = useState<string | null>(null);
  const unsaved = useRef<string | null>(null);

  const refresh = useCallback(async () => {
    const next = await ops.listSheets();
    setOverview(next);
    setChosen((current) =>
      current !== "" && next.sheets.includes(current) ? current : next.active,
    );
    return next;
  }, [ops]);

  useEffect(() => {
    void refresh().catch(() => undefined);
  }, [refresh]);

  useEffect(() => {
    if (unsaved.current === null || runner.running !== null) return;
    const timer = setTimeout(() => {
      const date = unsaved.current;
      if (date === null) return;
      unsaved.current = null;
      void ops.setAsOf(date).catch(() => {
        unsaved.current = date;
      });
    }, AS_OF_DELAY_MS);
    return () => clearTimeout(timer);
  }, [asOf, runner.running, ops]);

  const setAsOf = useCallback((date: string) => {
    unsaved.current = date;
    setAsOfState(date);
  }, []);

  return {
    overview,
    chosen,
    choose: setChosen,
    asOf: asOf ?? overview?.asOf ?? today,
    setAsOf,
    refresh,
  };
}
