export * from "./problem";
export * from "./measure";
export * from "./petition";
export * from "./review";
export * from "./funding";
export * from "./activity";
export * from "./exchange";
