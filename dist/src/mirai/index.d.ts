export { MiraiApiError, miraiStatus, type MiraiStatusName } from "./errors.js";
export { at, atAll, face, image, plain, quoteTarget, xml, type SourceElement } from "./message.js";
export type { MiraiClientOptions } from "./client.js";
export * from "../public.js";
