/**
 * Executes one RichApi request against the host, in action order, the way Excel does: each
 * object path is resolved once per request (so `worksheets.add()` adds one sheet however many
 * actions use it); the first failing action stops the batch, the actions before it stay
 * applied, and the response carries the results gathered so far plus an `Error` with the
 * failing action's index (the library prints that statement in `debugInfo`).
 */
import { HostError, hostError } from "./errors";
import type { HostContext, HostObject } from "./hostObject";
import { camelName, findMember } from "./hostObject";
import type {
  ArgumentInfo,
  RichApiAction,
  RichApiBodyError,
  RichApiRequest,
  RichApiResponseBody,
} from "./protocol";
import { ActionType, ObjectPathType } from "./protocol";
import { queryObject } from "./query";
import { assertSince } from "./since";

/** A failure a test injected: actions before `atAction` apply, then `error` stops the batch. */
export interface InjectedStop {
  atAction: number;
  error: HostError;
}

export function processRequest(
  ctx: HostContext,
  root: HostObject,
  request: RichApiRequest,
  stop?: InjectedStop,
): RichApiResponseBody {
  const run = new RequestRun(ctx, root, request);
  const response: RichApiResponseBody = { Results: [] };
  const traceIds: number[] = [];
  for (let index = 0; index < request.Actions.length; index++) {
    const action = request.Actions[index] as RichApiAction;
    if (stop && index === stop.atAction) {
      response.Error = errorBody(stop.error, index);
      break;
    }
    try {
      if (action.ActionType === ActionType.trace) {
        traceIds.push(action.Id);
        response.Results.push({ ActionId: action.Id, Value: null });
        continue;
      }
      const value = run.perform(action);
      if (value !== NO_RESULT) response.Results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      const hostErr = error instanceof HostError ? error : internalError(error);
      response.Error = errorBody(hostErr, index);
      break;
    }
  }
  // Every action applied and the answer is still lost (an injected failure past the last action).
  if (stop && !response.Error && stop.atAction >= request.Actions.length)
    response.Error = errorBody(stop.error, -1);
  if (traceIds.length > 0) response.TraceIds = traceIds;
  ctx.workbook.calculationSuspended = false;
  return response;
}

const NO_RESULT = Symbol("no result");

export function errorBody(error: HostError, actionIndex: number): RichApiBodyError {
  return {
    Code: error.code,
    Message: error.message,
    HttpStatusCode: error.httpStatusCode,
    ActionIndex: actionIndex,
    Location: error.location,
  };
}

function internalError(error: unknown): HostError {
  const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  return hostError("GeneralException", `bug in the fake host: ${detail}`);
}

function notModeled(typeName: string, member: string, kind: string): HostError {
  return hostError(
    "ApiNotFound",
    `${kind} ${typeName}.${camelName(member)} is not modeled by the fake Excel host; add it under test/fakeExcel/host/api/`,
    `${typeName}.${camelName(member)}`,
  );
}

class RequestRun {
  private readonly resolved = new Map<number, HostObject | null>();
  private readonly keptReferences = new Map<number, string>();

  constructor(
    private readonly ctx: HostContext,
    private readonly root: HostObject,
    private readonly request: RichApiRequest,
  ) {}

  perform(action: RichApiAction): unknown {
    const target = this.resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.instantiate:
        return target ? this.identityOf(target, action.ObjectPathId) : null;
      case ActionType.query:
        return target ? queryObject(target, action.QueryInfo, this.ctx) : null;
      case ActionType.method:
        return target ? this.callMethod(target, action) : null;
      case ActionType.setProperty:
        if (target) this.setProperty(target, action);
        return NO_RESULT;
      default:
        throw hostError(
          "ApiNotFound",
          `RichApi action type ${action.ActionType} is not modeled by the fake Excel host`,
        );
    }
  }

  private identityOf(obj: HostObject, pathId: number): Record<string, unknown> {
    const value: Record<string, unknown> = { ...(obj.type.identity?.(obj.state) ?? {}) };
    const ref = this.keptReferences.get(pathId);
    if (ref) value["_ReferenceId"] = ref;
    return value;
  }

  private callMethod(obj: HostObject, action: RichApiAction): unknown {
    if (action.Name === "_KeepReference") {
      const id = this.ctx.newReferenceId();
      this.ctx.references.set(id, obj);
      this.keptReferences.set(action.ObjectPathId, id);
      return null;
    }
    const found = findMember(obj.type.methods, action.Name);
    if (!found) throw notModeled(obj.type.name, action.Name, "method");
    const [name, spec] = found;
    assertSince(spec, obj.type.name, name, this.ctx);
    const result = withLocation(`${obj.type.name}.${name}`, () =>
      spec.call(obj.state, this.args(action.ArgumentInfo), this.ctx),
    );
    if (isHostObject(result)) return result.type.identity?.(result.state) ?? {};
    return result === undefined ? null : result;
  }

  private setProperty(obj: HostObject, action: RichApiAction): void {
    const found = findMember(obj.type.properties, action.Name);
    if (!found) throw notModeled(obj.type.name, action.Name, "property");
    const [name, spec] = found;
    assertSince(spec, obj.type.name, name, this.ctx);
    if (!spec.set)
      throw hostError(
        "InvalidArgument",
        `${obj.type.name}.${name} is read-only`,
        `${obj.type.name}.${name}`,
      );
    const value = action.ArgumentInfo?.Arguments?.[0];
    withLocation(`${obj.type.name}.${name}`, () => spec.set?.(obj.state, value, this.ctx));
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((pathId, i) => {
      if (typeof pathId === "number" && pathId > 0) args[i] = this.resolve(pathId);
    });
    return args;
  }

  resolve(pathId: number): HostObject | null {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId) ?? null;
    const path = this.request.ObjectPaths[String(pathId)];
    if (!path)
      throw hostError("InvalidArgument", `object path ${pathId} is missing from the request`);
    let obj: HostObject | null;
    switch (path.ObjectPathType) {
      case ObjectPathType.globalObject:
        obj = this.root;
        break;
      case ObjectPathType.nullObject:
        obj = null;
        break;
      case ObjectPathType.referenceId: {
        const kept = this.ctx.references.get(path.Name);
        if (!kept)
          throw hostError("InvalidReference", `reference ${path.Name} was released or never kept`);
        obj = kept;
        break;
      }
      case ObjectPathType.property: {
        const parent = this.resolve(path.ParentObjectPathId ?? 0);
        if (!parent) {
          obj = null;
          break;
        }
        const found = findMember(parent.type.children, path.Name);
        if (!found) throw notModeled(parent.type.name, path.Name, "navigation property");
        assertSince(found[1], parent.type.name, found[0], this.ctx);
        obj = withLocation(`${parent.type.name}.${found[0]}`, () =>
          found[1].get(parent.state, this.ctx),
        );
        break;
      }
      case ObjectPathType.indexer: {
        const parent = this.resolve(path.ParentObjectPathId ?? 0);
        if (!parent) {
          obj = null;
          break;
        }
        const indexer = parent.type.indexer;
        if (!indexer) throw notModeled(parent.type.name, "getItem", "indexer");
        const key = path.ArgumentInfo?.Arguments?.[0];
        obj = withLocation(`${parent.type.name}.getItem`, () =>
          indexer(parent.state, key, this.ctx),
        );
        break;
      }
      case ObjectPathType.method: {
        const parent = this.resolve(path.ParentObjectPathId ?? 0);
        if (!parent) {
          obj = null;
          break;
        }
        const indexer = parent.type.indexer;
        if (
          camelName(path.Name) === "getItem" &&
          indexer &&
          !findMember(parent.type.methods, path.Name)
        ) {
          // Some collections compile getItem as a method call rather than an indexer.
          const key = this.args(path.ArgumentInfo)[0];
          obj = withLocation(`${parent.type.name}.getItem`, () =>
            indexer(parent.state, key, this.ctx),
          );
          break;
        }
        const found = findMember(parent.type.methods, path.Name);
        if (!found) throw notModeled(parent.type.name, path.Name, "method");
        const [name, spec] = found;
        assertSince(spec, parent.type.name, name, this.ctx);
        const result = withLocation(`${parent.type.name}.${name}`, () =>
          spec.call(parent.state, this.args(path.ArgumentInfo), this.ctx),
        );
        if (result !== null && !isHostObject(result)) {
          throw hostError(
            "GeneralException",
            `${parent.type.name}.${name} returned a value where an object was expected`,
          );
        }
        obj = result;
        break;
      }
      default:
        throw hostError(
          "ApiNotFound",
          `object path type ${path.ObjectPathType} is not modeled by the fake Excel host`,
        );
    }
    this.resolved.set(pathId, obj);
    return obj;
  }
}

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && "type" in value && "state" in value;
}

function withLocation<T>(location: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof HostError && !error.location) error.location = location;
    throw error;
  }
}
