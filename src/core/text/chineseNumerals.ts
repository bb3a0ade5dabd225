// 二〇二一年三月五日, 十二月, 二十五日: dates written out in Chinese numerals, as in some 公文.
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const RUN = /[〇零一二两三四五六七八九十]+/g;

function runToNumber(run: string): string {
  if (!run.includes("十")) return [...run].map((ch) => String(DIGITS[ch] ?? "")).join("");
  // 十 = 10, 十二 = 12, 二十 = 20, 二十五 = 25 (months and days never go past 31).
  const [tensPart = "", onesPart = ""] = run.split("十");
  const tens = tensPart === "" ? 1 : (DIGITS[tensPart] ?? 0);
  const ones = onesPart === "" ? 0 : (DIGITS[onesPart] ?? 0);
  return String(tens * 10 + ones);
}

/** Each run of Chinese numerals replaced by its Arabic digits. */
export function chineseNumeralsToDigits(text: string): string {
  return text.replace(RUN, runToNumber);
}
