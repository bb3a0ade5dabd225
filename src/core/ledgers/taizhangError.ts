/**
 * Misuse of the core (a descriptor that is not one, an unknown kind): thrown, unlike bad data,
 * which is always returned as error records. `key` selects the user message.
 */
export type TaizhangErrorKey = "descriptor-invalid" | "kind-unknown";

export class TaizhangError extends Error {
  readonly key: TaizhangErrorKey;
  readonly details: string;
  constructor(key: TaizhangErrorKey, details: string) {
    super(`${key}: ${details}`);
    this.name = "TaizhangError";
    this.key = key;
    this.details = details;
  }
}
