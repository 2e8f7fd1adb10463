export { KookApiError } from "./errors.js";
export type { KookClientOptions, KookData, KookPaginate } from "./client.js";
export * from "../public.js";
