export { toHalfWidth } from "./halfWidth";
export { normalizeText, compactText, isPlainText } from "./normalizeText";
export { cellText, isEmptyCell } from "./cellText";
export { headerLabel, type HeaderLabel } from "./headerLabel";
export { chineseNumeralsToDigits } from "./chineseNumerals";
export { fillTemplate } from "./fillTemplate";
export { fingerprint, hashString } from "./hash";
