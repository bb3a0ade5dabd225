import type { LedgerOperations } from "../../../src/app/operations";

export interface Recorded {
  ops: LedgerOperations;
  calls: { name: string; args: unknown[] }[];
}

/**
 * Ledger operations for component tests: the given functions, each call recorded; any other
 * operation throws (fails closed), so a component cannot quietly call something untested.
 */
export function fakeOperations(given: Partial<LedgerOperations>): Recorded {
  const calls: Recorded["calls"] = [];
  const ops = new Proxy({} as LedgerOperations, {
    get(_, name: string) {
      const fn = (given as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`unexpected operation ${name}`);
      return (...args: unknown[]) => {
        calls.push({ name, args });
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { ops, calls };
}
