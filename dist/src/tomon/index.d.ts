export { TomonApiError } from "./errors.js";
export type { TomonClientOptions } from "./client.js";
export * from "../public.js";
