export { compileConstraints, constraintBreaks } from "./constraintSet";
export type { ConstraintSet, ConstraintBreak } from "./constraintSet";
