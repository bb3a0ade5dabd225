export * from "./scheme";
export * from "./schemes";
export * from "./assign";
export * from "./distribution";
export * from "./columnScheme";
