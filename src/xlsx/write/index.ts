export { writePlan, type WriteDecisions, type SheetDecision, type WriteResult } from "./writePlan";
export type { PlacedOwnedColumn } from "./ownedColumns";
