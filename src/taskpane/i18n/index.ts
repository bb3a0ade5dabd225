export { langOfTag, type Lang } from "../../core/model";
export { ERROR_TYPE_NAMES } from "../../core/validate";
export * from "./strings";
