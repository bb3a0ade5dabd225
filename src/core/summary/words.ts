/** Shown where a row names no office. */
export const NO_OFFICE = { zh: "（未填院名）", en: "(no office)" };
