/** A constraint compiled for one field: null when the value passes, else what it broke. */
export type ValueCheck = (value: string | number | boolean) => ConstraintBreak | null;

export interface ConstraintBreak {
  constraint: string;
  limit?: string | number;
}
