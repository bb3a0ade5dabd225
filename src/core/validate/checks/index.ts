export { compileConstraints, constraintBreaks, onlyAllowed, surelyMeets } from "./constraintSet";
export type { ConstraintSet, ConstraintBreak } from "./constraintSet";
