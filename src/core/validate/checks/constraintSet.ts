import type { FieldConstraints } from "../../ledgers";

/** What a value broke: the constraint's name and its limit, for the message. */
export interface ConstraintBreak {
  constraint: string;
  limit?: string | number;
}

/**
 * A field's value constraints (enum, minimum/maximum, pattern, minLength/maxLength), compiled
 * once. They are data read by one function (constraintBreaks) rather than a closure each: the
 * sweep checks every value of a constrained column, and one small function over records of one
 * shape is what the engine runs fastest.
 */
export interface ConstraintSet {
  /** Allowed values, compared as text. */
  allowed: ReadonlySet<string> | undefined;
  /** Numbers compare as numbers, ISO dates as text. */
  minimum: number | string | undefined;
  maximum: number | string | undefined;
  /** Anchored, as Table Schema reads a pattern; null: the user's pattern does not compile. */
  pattern: RegExp | null | undefined;
  /** In characters: 汉字 and emoji count one each. */
  minLength: number | undefined;
  maxLength: number | undefined;
  /** Which single constraint the field has, if only one (see surelyMeets); 0: several or none of these. */
  only: number;
  /**
   * Per constraint, the list of it alone: shared by every value that breaks only it (most bad
   * values break one constraint, and a list made per bad cell was garbage by the thousand).
   */
  breaks: Record<
    "enum" | "minimum" | "maximum" | "pattern" | "minLength" | "maxLength",
    readonly ConstraintBreak[]
  >;
}

const ONLY_ENUM = 1;
const ONLY_PATTERN = 2;
const ONLY_RANGE = 3;
const ONLY_MAX_LENGTH = 4;

/** Undefined when the field has no value constraint. */
export function compileConstraints(constraints: FieldConstraints): ConstraintSet | undefined {
  const { minimum, maximum, pattern, minLength, maxLength } = constraints;
  const allowed = constraints.enum;
  if ([allowed, minimum, maximum, pattern, minLength, maxLength].every((c) => c === undefined))
    return undefined;
  const present = [allowed, minimum ?? maximum, pattern, minLength ?? maxLength].filter(
    (c) => c !== undefined,
  ).length;
  const compiledPattern = pattern === undefined ? undefined : anchored(pattern);
  const only =
    present !== 1
      ? 0
      : allowed !== undefined
        ? ONLY_ENUM
        : compiledPattern
          ? ONLY_PATTERN
          : typeof minimum === "string" && typeof maximum === "string"
            ? ONLY_RANGE
            : maxLength !== undefined && minLength === undefined
              ? ONLY_MAX_LENGTH
              : 0;
  return {
    only,
    allowed: allowed === undefined ? undefined : new Set(allowed.map(String)),
    minimum,
    maximum,
    pattern: compiledPattern,
    minLength,
    maxLength,
    breaks: {
      enum: alone({ constraint: "enum", limit: (allowed ?? []).join("/") }),
      minimum: alone({ constraint: "minimum", limit: minimum ?? "" }),
      maximum: alone({ constraint: "maximum", limit: maximum ?? "" }),
      pattern: alone({ constraint: "pattern", limit: pattern ?? "" }),
      minLength: alone({ constraint: "minLength", limit: minLength ?? 0 }),
      maxLength: alone({ constraint: "maxLength", limit: maxLength ?? 0 }),
    },
  };
}

function alone(broken: ConstraintBreak): readonly ConstraintBreak[] {
  return Object.freeze([Object.freeze(broken)]);
}

function anchored(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    // A user's pattern that is not a regular expression cannot be met by any value.
    return null;
  }
}

/**
 * True when a text certainly meets every constraint, decided cheaply for the usual one-constraint
 * columns (an enum, a pattern, a range, a length); false: ask constraintBreaks.
 */
export function surelyMeets(set: ConstraintSet, text: string): boolean {
  switch (set.only) {
    case ONLY_ENUM:
      return set.allowed!.has(text);
    case ONLY_PATTERN:
      return set.pattern!.test(text);
    case ONLY_RANGE:
      return text >= (set.minimum as string) && text <= (set.maximum as string);
    case ONLY_MAX_LENGTH:
      return text.length <= set.maxLength!;
    default:
      return false;
  }
}

/** The allowed values when an enum is the field's only value constraint. */
export function onlyAllowed(set: ConstraintSet): ReadonlySet<string> | undefined {
  return set.only === ONLY_ENUM ? set.allowed : undefined;
}

/** Null when the value meets every constraint; else each constraint it broke, in order. */
export function constraintBreaks(
  set: ConstraintSet,
  value: string | number | boolean,
): readonly ConstraintBreak[] | null {
  let broken: readonly ConstraintBreak[] | null = null;
  const { breaks } = set;
  if (set.allowed !== undefined && !set.allowed.has(String(value)))
    broken = withBreak(broken, breaks.enum);
  if (typeof value !== "boolean") {
    if (set.minimum !== undefined && value < set.minimum)
      broken = withBreak(broken, breaks.minimum);
    if (set.maximum !== undefined && value > set.maximum)
      broken = withBreak(broken, breaks.maximum);
  }
  if (set.pattern !== undefined && (set.pattern === null || !set.pattern.test(String(value))))
    broken = withBreak(broken, breaks.pattern);
  if (set.minLength !== undefined || set.maxLength !== undefined) {
    const text = typeof value === "string" ? value : String(value);
    // A text has between length/2 and length characters: count only when that does not decide.
    const most = text.length;
    const least = (most + 1) >> 1;
    const undecided =
      (set.minLength !== undefined && least < set.minLength) ||
      (set.maxLength !== undefined && most > set.maxLength);
    if (undecided) {
      const length = codePoints(text);
      if (set.minLength !== undefined && length < set.minLength)
        broken = withBreak(broken, breaks.minLength);
      else if (set.maxLength !== undefined && length > set.maxLength)
        broken = withBreak(broken, breaks.maxLength);
    }
  }
  return broken;
}

/** The breaks so far and one more: a shared list when it is the first, else a new one. */
function withBreak(
  list: readonly ConstraintBreak[] | null,
  alone: readonly ConstraintBreak[],
): readonly ConstraintBreak[] {
  return list === null ? alone : [...list, ...alone];
}

/**
 * Characters (code points: 汉字 and emoji count one each) in a text. Counted without building an
 * array of them: this runs on every cell of a column with a length constraint.
 */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
