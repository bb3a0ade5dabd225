/**
 * Answers a Query action (`load()` + `sync()`): scalar properties in PascalCase, navigation
 * properties as nested objects, collection items under `_Items` with the keys the library needs
 * to address each item later (`Id`, or `_Id` for settings).
 */
import { hostError } from "./errors";
import type { HostContext, HostObject } from "./hostObject";
import { findMember, pascalName } from "./hostObject";
import { assertSince } from "./since";
import type { QueryInfo } from "./protocol";
import { isVersionAtLeast } from "./versions";

export function queryObject(
  obj: HostObject,
  info: QueryInfo | undefined,
  ctx: HostContext,
): Record<string, unknown> {
  const select = info?.Select ?? [];
  const expand = info?.Expand ?? [];
  if (obj.type.items) return queryCollection(obj, select, expand, info, ctx);
  return querySingle(obj, select, expand, ctx);
}

function queryCollection(
  obj: HostObject,
  select: string[],
  expand: string[],
  info: QueryInfo | undefined,
  ctx: HostContext,
): Record<string, unknown> {
  const own = select.filter((s) => !s.includes("/") && findMember(obj.type.properties, s));
  const forItems = select.filter((s) => !own.includes(s));
  const out: Record<string, unknown> = {};
  for (const name of own) Object.assign(out, readProperty(obj, name, ctx));
  if (own.length > 0 && forItems.length === 0 && expand.length === 0) return out;
  let items = obj.type.items?.(obj.state, ctx) ?? [];
  const skip = info?.Skip ?? 0;
  items = items.slice(skip, info?.Top !== undefined ? skip + info.Top : undefined);
  out["_Items"] = items.map((item) => ({
    ...(item.type.identity?.(item.state) ?? {}),
    ...querySingle(item, forItems, expand, ctx),
  }));
  return out;
}

function querySingle(
  obj: HostObject,
  select: string[],
  expand: string[],
  ctx: HostContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(obj.type.identity?.(obj.state) ?? {}) };
  const nested = new Map<string, { select: string[]; expand: string[] }>();
  const wantAll = select.length === 0 || select.includes("*");
  if (wantAll) {
    for (const [name, spec] of Object.entries(obj.type.properties ?? {})) {
      if (!isVersionAtLeast(ctx.apiVersion, spec.since)) continue;
      out[pascalName(name)] = spec.get(obj.state, ctx);
    }
  }
  for (const entry of select) {
    if (entry === "*") continue;
    const [head = "", ...rest] = entry.split("/");
    if (rest.length === 0 && findMember(obj.type.properties, head)) {
      Object.assign(out, readProperty(obj, head, ctx));
      continue;
    }
    const child = findMember(obj.type.children, head);
    if (!child) {
      throw hostError(
        "InvalidArgument",
        `load("${entry}"): ${obj.type.name} has no property "${head}" in the fake host`,
      );
    }
    const bucket = nested.get(child[0]) ?? { select: [], expand: [] };
    if (rest.length > 0) bucket.select.push(rest.join("/"));
    nested.set(child[0], bucket);
  }
  for (const entry of expand) {
    const [head = "", ...rest] = entry.split("/");
    const child = findMember(obj.type.children, head);
    if (!child)
      throw hostError(
        "InvalidArgument",
        `load expand "${entry}": ${obj.type.name} has no "${head}"`,
      );
    const bucket = nested.get(child[0]) ?? { select: [], expand: [] };
    if (rest.length > 0) bucket.expand.push(rest.join("/"));
    nested.set(child[0], bucket);
  }
  for (const [name, q] of nested) {
    const spec = obj.type.children?.[name];
    if (!spec) continue;
    assertSince(spec, obj.type.name, name, ctx);
    const child = spec.get(obj.state, ctx);
    out[pascalName(name)] = child
      ? queryObject(child, { Select: q.select, Expand: q.expand }, ctx)
      : null;
  }
  return out;
}

function readProperty(
  obj: HostObject,
  wireName: string,
  ctx: HostContext,
): Record<string, unknown> {
  const found = findMember(obj.type.properties, wireName);
  if (!found)
    throw hostError(
      "InvalidArgument",
      `${obj.type.name} has no property "${wireName}" in the fake host`,
    );
  const [name, spec] = found;
  assertSince(spec, obj.type.name, name, ctx);
  return { [pascalName(name)]: spec.get(obj.state, ctx) };
}
