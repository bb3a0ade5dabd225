export { parseDate, type DateContext } from "./date";
export { dateNeedsYear } from "./dateNeedsYear";
export { parseNumber, type NumberContext } from "./number";
export { parseStatus } from "./status";
export { parsePeriodLabel } from "./period";
export { parseYesNo } from "./yesNo";
export {
  normalizeOfficeName,
  officeKey,
  createOfficeRegistry,
  type OfficeInfo,
  type OfficeRegistry,
} from "./office";
export { isMissingWord, type Parsed } from "./parsed";
