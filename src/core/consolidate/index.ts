export { contentFingerprint } from "./fingerprint";
export {
  consolidatePlan,
  countedFiles,
  type ConsolidateInput,
  type Consolidated,
} from "./consolidatePlan";
export { SOURCE_TITLES, mergedSheetKey, mergedSheetPlan, ledgersByKind } from "./mergedSheets";
export {
  findRepeats,
  keyFieldsOf,
  repeatsSheetName,
  repeatsSheetPlan,
  REPEATS_SHEET_KEY,
} from "./repeats";
export {
  submissionOf,
  submissionSheetPlan,
  SUBMISSION_SHEET_KEY,
  type Submission,
} from "./submission";
export type { ConsolidatedFile, PreviousFile, Repeat, RowSource } from "./types";
