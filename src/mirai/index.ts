export { MiraiApiError, miraiStatus, type MiraiStatusName } from "./errors.js";
export { at, atAll, face, image, plain, xml } from "./message.js";
export type { MiraiClientOptions } from "./client.js";
export * from "../public.js";
