export { KookApiError } from "./errors.js";
export type { KookClientOptions, KookData } from "./client.js";
export type { RateLimitStore } from "./rate-limit-store.js";
export * from "../public.js";
