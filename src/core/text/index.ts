export { toHalfWidth } from "./halfWidth";
export { normalizeText, compactText } from "./normalizeText";
export { cellText, isEmptyCell } from "./cellText";
export { headerLabel, type HeaderLabel } from "./headerLabel";
export { chineseNumeralsToDigits } from "./chineseNumerals";
