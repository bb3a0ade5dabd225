import type { Localized, TextKey } from "./texts";

/** A failure the user can fix (bad argument, unreadable file): printed as one line, exit 2. */
export class CliError extends Error {
  constructor(
    readonly key: TextKey,
    readonly values: Record<string, string | number | Localized> = {},
  ) {
    super(key);
    this.name = "CliError";
  }
}
