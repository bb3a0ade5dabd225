import { useCallback, useState } from "react";
import type { RunOptions } from "../../app/progress";
import { isCancelled } from "../../app/progress";
import { describeError, type ErrorText } from "../../app/errorText";
import type { Lang } from "../i18n";
import { useRunner } from "./runner";

export type Intent = "success" | "warning" | "info";

export interface OperationState {
  /** This panel's operation is the one running. */
  busy: boolean;
  success: string | null;
  intent: Intent;
  notes: string[];
  error: ErrorText | null;
}

const IDLE: OperationState = {
  busy: false,
  success: null,
  intent: "success",
  notes: [],
  error: null,
};

/** What an operation reports when it finishes: a sentence, its intent, any notes from the write. */
export interface Done {
  message: string;
  notes?: string[];
  /** Success unless said otherwise; notes make it a warning. */
  intent?: Intent;
}

/**
 * One panel's actions through the pane's runner: one operation at a time, with progress and
 * cancel; the outcome (success, warning, cancelled, or the failure as a plain sentence with its
 * details kept apart) stays under the panel's buttons.
 */
export function useOperation(lang: Lang, cancelledText: string) {
  const runner = useRunner();
  const [state, setState] = useState<OperationState>(IDLE);
  const run = useCallback(
    async (action: string, work: (options: RunOptions) => Promise<Done | null>) => {
      setState({ ...IDLE, busy: true });
      try {
        const done = await runner.run(action, work);
        setState({
          ...IDLE,
          success: done?.message ?? null,
          notes: done?.notes ?? [],
          intent: done?.intent ?? ((done?.notes?.length ?? 0) > 0 ? "warning" : "success"),
        });
      } catch (error) {
        if (isCancelled(error)) setState({ ...IDLE, success: cancelledText, intent: "info" });
        else setState({ ...IDLE, error: describeError(error, lang) });
      }
    },
    [runner, lang, cancelledText],
  );
  const clear = useCallback(() => setState(IDLE), []);
  return { state, run, clear, busy: runner.running !== null };
}
