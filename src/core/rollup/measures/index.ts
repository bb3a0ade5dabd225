export * from "./types";
export * from "./counting";
export * from "./distinct";
export * from "./sum";
export * from "./composite";
export * from "./registry";
