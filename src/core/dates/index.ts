export * from "./iso";
export * from "./periods";
export * from "./format";
export * from "./periodOrder";
