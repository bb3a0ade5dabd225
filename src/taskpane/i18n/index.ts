export { langOfTag, type Lang } from "../../core/model";
export * from "./strings";
export * from "./errorTypes";
