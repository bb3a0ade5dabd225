export * from "./locale";
export * from "./strings";
export * from "./errorTypes";
