export { toHalfWidth, toHalfWidthAlnum } from "./halfWidth";
export { normalizeText, compactText, displayText, isPlainText } from "./normalizeText";
export { cellText, isEmptyCell } from "./cellText";
export { headerLabel, type HeaderLabel } from "./headerLabel";
export { chineseNumeralsToDigits } from "./chineseNumerals";
export { fillTemplate } from "./fillTemplate";
export { fingerprint, fingerprintRows, hashString } from "./hash";
