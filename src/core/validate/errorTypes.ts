/**
 * Error types. The first twelve are Frictionless's own names and mean what they mean there, so a
 * report can be compared with frictionless-py; the rest are programme rules under their own names.
 */
export const FRICTIONLESS_ERROR_TYPES = [
  "blank-label",
  "duplicate-label",
  "missing-label",
  "extra-label",
  "blank-row",
  "missing-cell",
  "extra-cell",
  "type-error",
  "constraint-error",
  "unique-error",
  "primary-key",
  "foreign-key",
] as const;

export const DOMAIN_ERROR_TYPES = [
  /** 完成时间 earlier than 开始时间. */
  "done-before-start",
  /** 完成时限 earlier than 开始时间. */
  "deadline-before-start",
  /** Status says done (or closed) but the 完成时间 column is empty. */
  "done-without-date",
  /** A 完成时间 is filled in while the status says not started. */
  "date-without-done",
  /** 销号 while the item is not done: 完成一个、销号一个. */
  "closed-before-done",
  /** 瑕疵件数 + 不合格件数 larger than 评查件数. */
  "count-exceeds-total",
] as const;

export type FrictionlessErrorType = (typeof FRICTIONLESS_ERROR_TYPES)[number];
export type DomainErrorType = (typeof DOMAIN_ERROR_TYPES)[number];
export type ErrorType = FrictionlessErrorType | DomainErrorType;
