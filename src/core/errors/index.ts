export { TaizhangError } from "./taizhangError";
export { MESSAGES, type MessageKey } from "./messages";
