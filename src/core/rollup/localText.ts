/** A user-visible word in both languages (zh-CN first). */
export interface LocalText {
  zh: string;
  en: string;
}
