/**
 * Failures a test schedules at chosen requests, the way Excel fails in the field.
 *
 * Office.js batches are not transactional: when an action fails, Excel has already applied
 * the actions before it and runs none after it; nothing is rolled back. The response carries
 * the failing action's index (Body.Error.ActionIndex) and the library raises
 * OfficeExtension.Error ("Excel JavaScript API core concepts": the first error stops the
 * batch; office-js-docs-pr excel-add-ins-error-handling.md). `afterActions: k` therefore
 * applies actions 0..k-1 and fails at action k; `afterActions` past the last action applies
 * the whole request and then loses its answer (as a response-size failure does).
 *
 * Excel on the web often answers an oversize or troubled request not with the documented
 * payload error but with GeneralException ("An internal error has occurred", office-js#1012)
 * or an HTTP 500 from its service (office-js#1314); `as: "http500"` sends that status, which
 * the library turns into an error with the body's code and no results at all.
 */
import type { HostErrorCode } from "./errors";

export interface RequestFault {
  /** The error code Excel answers (default GeneralException). */
  code?: HostErrorCode;
  /** "error" (default): an error inside a normal response; "http500": the service fails the request. */
  as?: "error" | "http500";
  /** How many of the request's actions take effect before it fails (default 0). */
  afterActions?: number;
}

/** How an oversize request or response is answered (see setPayloadLimit). */
export type PayloadFailure = "documented" | "GeneralException" | "http500";

export class FaultPlan {
  private readonly scheduled = new Map<number, RequestFault>();

  schedule(ordinal: number, fault: RequestFault): void {
    this.scheduled.set(ordinal, fault);
  }

  take(ordinal: number): RequestFault | undefined {
    const fault = this.scheduled.get(ordinal);
    this.scheduled.delete(ordinal);
    return fault;
  }
}
