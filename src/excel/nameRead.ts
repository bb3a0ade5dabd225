export type { NameRead } from "../app/write/survey";
