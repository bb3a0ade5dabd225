/**
 * Excel's naming rules. Sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, not "History", unique ignoring case. Table and defined names: start
 * with a letter, underscore or backslash, then letters, digits, underscores or periods; not a
 * cell reference; ≤255 characters; unique ignoring case among tables and defined names.
 */
import { hostError } from "../errors";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

export function assertValidSheetName(
  name: unknown,
  existing: readonly string[],
  where: string,
): asserts name is string {
  if (typeof name !== "string" || name.trim() === "") {
    throw hostError("InvalidArgument", `${where}: a sheet name cannot be blank`);
  }
  if (name.length > 31)
    throw hostError(
      "InvalidArgument",
      `${where}: sheet name "${name}" is longer than 31 characters`,
    );
  if (SHEET_FORBIDDEN.test(name)) {
    throw hostError(
      "InvalidArgument",
      `${where}: sheet name "${name}" contains one of : \\ / ? * [ ]`,
    );
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw hostError(
      "InvalidArgument",
      `${where}: sheet name "${name}" starts or ends with an apostrophe`,
    );
  }
  if (name.toLowerCase() === "history")
    throw hostError("InvalidArgument", `${where}: "History" is reserved by Excel`);
  const lower = name.toLowerCase();
  if (existing.some((n) => n.toLowerCase() === lower)) {
    throw hostError(
      "ItemAlreadyExists",
      `${where}: a sheet named "${name}" already exists (names are compared ignoring case)`,
    );
  }
}

/** Table names and defined names share one grammar (support.microsoft.com, "Define and use names in formulas"). */
function isValidName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/**
 * `existing` holds every name a table may not take: other tables and every defined name, of
 * workbook or worksheet scope. Excel keeps tables and defined names in one namespace (a table
 * name is itself a workbook name; Apache POI bug 62906 shows Excel repairing a file where a
 * table and a sheet-scoped name collide), so the fake refuses the collision when it is made.
 */
export function assertValidTableName(
  name: unknown,
  existing: readonly string[],
  where: string,
): asserts name is string {
  if (typeof name !== "string" || name === "")
    throw hostError("InvalidArgument", `${where}: a table name cannot be empty`);
  if (!isValidName(name))
    throw hostError("InvalidArgument", `${where}: "${name}" is not a valid table name`);
  const lower = name.toLowerCase();
  if (existing.some((n) => n.toLowerCase() === lower)) {
    throw hostError(
      "ItemAlreadyExists",
      `${where}: a table or defined name "${name}" already exists (names are compared ignoring case)`,
    );
  }
}

/** A defined name (workbook.names.add / worksheet.names.add): the table grammar, unique in its scope and against tables. */
export function assertValidDefinedName(
  name: unknown,
  taken: readonly string[],
  where: string,
): asserts name is string {
  if (typeof name !== "string" || name === "")
    throw hostError("InvalidArgument", `${where}: a name cannot be empty`);
  if (!isValidName(name))
    throw hostError("InvalidArgument", `${where}: "${name}" is not a valid name`);
  const lower = name.toLowerCase();
  if (taken.some((n) => n.toLowerCase() === lower)) {
    throw hostError(
      "ItemAlreadyExists",
      `${where}: "${name}" is already a name in this scope or a table name`,
    );
  }
}
