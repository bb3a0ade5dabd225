/**
 * The RichApi wire format, as Microsoft's Excel client library writes and reads it (found by
 * reading `excel-win32-16.01.debug.js`: ClientRequest.buildRequestMessageBodyAndRequestFlags,
 * ClientRequestContext.processRequestExecutorResponseMessage, ObjectPath.updateUsingObjectData).
 * Property and method names travel in PascalCase ("Values", "GetRange"); `QueryInfo.Select`
 * carries the camelCase names given to `load()`, nested with "/".
 */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed in that position (a Range given to charts.add). */
  ReferencedObjectPathIds?: (number | null | undefined)[];
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface RichApiAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RichApiObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface RichApiRequest {
  AutoKeepReference?: boolean;
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiActionResult {
  ActionId: number;
  Value: unknown;
}

/** An error inside a 200 response: the library turns it into an OfficeExtension.Error. */
export interface RichApiBodyError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  /** Index in `Actions` of the action that failed; the library prints that statement in debugInfo. */
  ActionIndex: number;
  Location: string;
}

export interface RichApiResponseBody {
  Results: RichApiActionResult[];
  TraceIds?: number[];
  Error?: RichApiBodyError;
}
