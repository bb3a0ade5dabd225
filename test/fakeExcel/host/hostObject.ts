/**
 * How the host describes an Excel object type: its scalar properties, navigation properties
 * (child objects), methods, indexer and items, each tagged with the ExcelApi version that
 * introduced it. The request processor only dispatches through these tables, so a member that
 * is not listed is refused (fail closed) with a message naming the type and member.
 */
import type { WorkbookModel } from "./model/workbook";
import type { RuntimeState } from "./runtime";

export interface HostContext {
  readonly workbook: WorkbookModel;
  readonly apiVersion: string;
  /** Reads that could not fit a response this size fail like Excel on the web. */
  readonly maxResponseBytes: number;
  /** Objects kept by `_KeepReference`, addressed later by ObjectPathType 6 (the workbook's). */
  readonly references: Map<string, HostObject>;
  newReferenceId(): string;
  /** The runtime whose request this is (its events and enableEvents). */
  readonly runtime: RuntimeState;
}

export interface Member {
  /** ExcelApi version that introduced the member; older hosts answer ApiNotFound. */
  since: string;
}

export interface PropertySpec<S> extends Member {
  /** Name the library sends instead of the PascalCase one (showGridlines is set as "Gridlines"). */
  wireName?: string;
  get: (state: S, ctx: HostContext) => unknown;
  set?: (state: S, value: unknown, ctx: HostContext) => void;
}

export interface ChildSpec<S> extends Member {
  get: (state: S, ctx: HostContext) => HostObject | null;
}

export interface MethodSpec<S> extends Member {
  /** Returns a HostObject (method path), null (a null object) or a JSON value (method action). */
  call: (state: S, args: unknown[], ctx: HostContext) => unknown;
}

export interface ObjectType<S> {
  name: string;
  properties?: Record<string, PropertySpec<S>>;
  children?: Record<string, ChildSpec<S>>;
  methods?: Record<string, MethodSpec<S>>;
  /** ObjectPathType 5: `collection.getItem(key)` compiled as an indexer. */
  indexer?: (state: S, key: unknown, ctx: HostContext) => HostObject;
  /** Items of a collection, in order. */
  items?: (state: S, ctx: HostContext) => HostObject[];
  /** Keys the library uses to rebuild paths: { Id } (indexer) or { _Id }. */
  identity?: (state: S) => Record<string, unknown>;
}

export interface HostObject {
  // The state's type is known only to the ObjectType that travels with it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly type: ObjectType<any>;
  readonly state: unknown;
}

export function hostObject<S>(type: ObjectType<S>, state: S): HostObject {
  return { type, state };
}

/** Lower-cases the first letter after an optional underscore: "GetRange" → "getRange", "_KeepReference" → "_keepReference". */
export function camelName(wireName: string): string {
  const lead = wireName.startsWith("_") ? "_" : "";
  const rest = wireName.slice(lead.length);
  return lead + rest.charAt(0).toLowerCase() + rest.slice(1);
}

export function pascalName(name: string): string {
  const lead = name.startsWith("_") ? "_" : "";
  const rest = name.slice(lead.length);
  return lead + rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function findMember<T>(
  table: Record<string, T> | undefined,
  wireName: string,
): [string, T] | undefined {
  if (!table) return undefined;
  const wanted = camelName(wireName).toLowerCase();
  for (const key of Object.keys(table)) {
    if (key.toLowerCase() === wanted) return [key, table[key] as T];
  }
  for (const key of Object.keys(table)) {
    const alias = (table[key] as { wireName?: string }).wireName;
    if (alias && alias.toLowerCase() === wireName.toLowerCase()) return [key, table[key] as T];
  }
  return undefined;
}
