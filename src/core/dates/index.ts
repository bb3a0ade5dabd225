export * from "./iso";
export * from "./serial";
export * from "./periods";
export * from "./format";
