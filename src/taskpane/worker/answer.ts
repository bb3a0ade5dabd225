import { TaizhangError } from "../../core/errors";
import type { PaneWork, WorkRequest, WorkResponse } from "./protocol";

/**
 * One request answered as the pane's worker answers it: the method's value, or its refusal as a
 * message key and detail (raised again on the page's side) or a fault's message.
 */
export async function answerRequest(work: PaneWork, request: WorkRequest): Promise<WorkResponse> {
  const { id, method, args } = request;
  try {
    const call = work[method] as (...a: unknown[]) => Promise<unknown>;
    return { id, ok: true, value: await call.apply(work, args) };
  } catch (error) {
    return {
      id,
      ok: false,
      error:
        error instanceof TaizhangError
          ? { key: error.key, detail: error.detail, message: error.message }
          : { message: error instanceof Error ? error.message : String(error) },
    };
  }
}
