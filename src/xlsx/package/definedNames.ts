import type { DefinedName, WorkbookModel } from "./workbookModel";

/**
 * Defined names as the hosts use them: workbook-wide or scoped to one worksheet (by its sheetId;
 * the file stores the tab index, which `WorkbookModel.flush` keeps right as sheets move). A
 * comment can carry a mark (the ownership rules keep JSON there).
 */
export interface NameRequest {
  name: string;
  /** Formula text without "=": `'台账汇总'!$A$1`, `"text"`, `TRUE`. */
  formula: string;
  /** sheetId of the worksheet the name belongs to; absent = the whole workbook. */
  scope?: number;
  comment?: string;
  hidden?: boolean;
}

function same(n: DefinedName, name: string, scope: number | undefined): boolean {
  return n.name.toLowerCase() === name.toLowerCase() && n.scope === scope;
}

/** Adds the name, or replaces the one of the same name and scope (Excel compares names ignoring case). */
export function setDefinedName(model: WorkbookModel, request: NameRequest): void {
  const existing = model.names.find((n) => same(n, request.name, request.scope));
  const next: DefinedName = { name: request.name, formula: request.formula };
  if (request.scope !== undefined) next.scope = request.scope;
  if (request.comment !== undefined) next.comment = request.comment;
  if (request.hidden) next.hidden = true;
  if (existing?.rest) next.rest = existing.rest;
  model.names = existing
    ? model.names.map((n) => (n === existing ? next : n))
    : [...model.names, next];
}

/** Removes the name of this scope; true when there was one. */
export function removeDefinedName(model: WorkbookModel, name: string, scope?: number): boolean {
  const before = model.names.length;
  model.names = model.names.filter((n) => !same(n, name, scope));
  return model.names.length < before;
}

/** The names as plain records (the stored element text left out). */
export function definedNames(model: WorkbookModel): NameRequest[] {
  return model.names.map((n) => ({
    name: n.name,
    formula: n.formula,
    ...(n.scope === undefined ? {} : { scope: n.scope }),
    ...(n.comment === undefined ? {} : { comment: n.comment }),
    ...(n.hidden ? { hidden: true } : {}),
  }));
}
