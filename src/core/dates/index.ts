export * from "./iso";
export * from "./periods";
export * from "./format";
