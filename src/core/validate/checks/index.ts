export type { ValueCheck, ConstraintBreak } from "./valueCheck";
export { enumCheck } from "./enumCheck";
export { minimumCheck, maximumCheck } from "./rangeCheck";
export { patternCheck } from "./patternCheck";
export { lengthCheck } from "./lengthCheck";
