/**
 * Why a file the pane could not get the bytes of (or whose reading failed) is skipped. The
 * browser's own words are English and technical: the user gets what to do instead.
 */
export const UNREADABLE = {
  zh: "无法读取该文件：可能已被移动、删除或正被其他程序占用。请确认文件后重新选择。",
  en: "The file could not be read: it may have been moved, deleted or be open in another program. Check it and choose it again.",
};
