/** Version gating shared by the request processor and the query: old hosts answer ApiNotFound. */
import { hostError } from "./errors";
import type { HostContext, Member } from "./hostObject";
import { isVersionAtLeast } from "./versions";

export function assertSince(
  member: Member,
  typeName: string,
  memberName: string,
  ctx: HostContext,
): void {
  if (!isVersionAtLeast(ctx.apiVersion, member.since)) {
    throw hostError(
      "ApiNotFound",
      `${typeName}.${memberName} needs ExcelApi ${member.since}; this host supports ExcelApi ${ctx.apiVersion}`,
      `${typeName}.${memberName}`,
    );
  }
}
