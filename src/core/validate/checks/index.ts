export { compileConstraints, constraintBreaks, surelyMeets } from "./constraintSet";
export type { ConstraintSet, ConstraintBreak } from "./constraintSet";
