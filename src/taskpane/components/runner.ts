import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { Progress, RunOptions } from "../../app/progress";

/** The operation running now: what it is (its action's words) and where it has got to. */
export interface Running {
  action: string;
  progress: Progress | null;
  /** The user asked to stop it; it stops at the next stage. */
  cancelling: boolean;
  /** False once writing has begun: a write is never left half done. */
  cancellable: boolean;
}

export interface Runner {
  running: Running | null;
  /**
   * Runs one workbook operation with progress and a way to cancel it. While one runs the
   * others do not start (their buttons are disabled and the bar says what is running); a call
   * made anyway resolves to undefined without running.
   */
  run<T>(action: string, work: (options: RunOptions) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
}

/** The pane's one runner: every panel's actions go through it. */
export function useRunnerState(): Runner {
  const [running, setRunning] = useState<Running | null>(null);
  const current = useRef<AbortController | null>(null);
  const run = useCallback(async <T>(action: string, work: (options: RunOptions) => Promise<T>) => {
    if (current.current) return undefined;
    const controller = new AbortController();
    current.current = controller;
    setRunning({ action, progress: null, cancelling: false, cancellable: true });
    try {
      return await work({
        signal: controller.signal,
        onProgress: (progress) =>
          setRunning((r) =>
            r === null ? r : { ...r, progress, cancellable: progress.stage !== "write" },
          ),
      });
    } finally {
      current.current = null;
      setRunning(null);
    }
  }, []);
  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.abort();
    setRunning((r) => (r === null ? r : { ...r, cancelling: true }));
  }, []);
  return useMemo(() => ({ running, run, cancel }), [running, run, cancel]);
}

const RunnerContext = createContext<Runner | null>(null);
export const RunnerProvider = RunnerContext.Provider;

export function useRunner(): Runner {
  const runner = useContext(RunnerContext);
  if (!runner) throw new Error("useRunner outside RunnerProvider");
  return runner;
}
