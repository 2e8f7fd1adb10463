export { KookApiError } from "./errors.js";
export type { KookClientOptions, KookData } from "./client.js";
export * from "../public.js";
