/** "2021-06-30" → "2021年6月30日", as 公文 write dates (no zero padding). */
export function zhDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
