export * from "./error";
export * from "./support";
export * from "./readWorkbook";
export * from "./executePlan";
export * from "./writePlan";
export * from "./excelHost";
export * from "./onChanged";
export * from "./capabilities";
