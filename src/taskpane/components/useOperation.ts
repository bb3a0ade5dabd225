import { useCallback, useRef, useState } from "react";
import type { Lang } from "../i18n";
import { describeError, type ErrorText } from "../../app/errorText";

export interface OperationState {
  busy: boolean;
  success: string | null;
  notes: string[];
  error: ErrorText | null;
}

const IDLE: OperationState = { busy: false, success: null, notes: [], error: null };

/** What an operation reports when it finishes well: a sentence and any notes from the write. */
export interface Done {
  message: string;
  notes?: string[];
}

/**
 * The busy / success / failure state every panel action goes through. A failure becomes a
 * plain sentence (the TaizhangError's message) with its details kept apart for the disclosure.
 */
export function useOperation(lang: Lang) {
  const [state, setState] = useState<OperationState>(IDLE);
  const running = useRef(false);
  const run = useCallback(
    async (action: () => Promise<Done | null>) => {
      if (running.current) return;
      running.current = true;
      setState({ ...IDLE, busy: true });
      try {
        const done = await action();
        setState({ ...IDLE, success: done?.message ?? null, notes: done?.notes ?? [] });
      } catch (error) {
        setState({ ...IDLE, error: describeError(error, lang) });
      } finally {
        running.current = false;
      }
    },
    [lang],
  );
  return { state, run };
}
