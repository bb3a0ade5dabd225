export {
  FRICTIONLESS_ERROR_TYPES,
  DOMAIN_ERROR_TYPES,
  type ErrorType,
  type FrictionlessErrorType,
  type DomainErrorType,
} from "./errorTypes";
export type { TableError, Lang } from "./tableError";
export {
  ERROR_MESSAGES,
  ISSUE_PLACES,
  ISSUE_TEXTS,
  TYPE_EXAMPLES,
  TYPE_SHORT_NAMES,
  CONSTRAINT_NAMES,
  RESOURCE_NAMES,
} from "./messages";
export { makeError, type ErrorPosition } from "./makeError";
export { ErrorCollector, ERROR_LIMIT, mergeReports, type ErrorReport } from "./errorReport";
export { compileField, type FieldPlan, type PlanContext } from "./compileField";
export { compileRowRules, type RowRule } from "./domainChecks";
export { sweepRows, type SweepInput } from "./sweepRows";
export { validateLedgers, type ValidateLedgersOptions } from "../read/validateLedgers";
export { ERROR_TYPE_NAMES } from "./errorTypeNames";
