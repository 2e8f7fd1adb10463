import type { Client, Middleware } from "openapi-fetch";
import { type ClientBase } from "./core.js";
export type { Middleware } from "openapi-fetch";
/** What `withRaw` adds to a client. */
export interface RawClientBase<Paths extends {}> {
    /**
     * The path-based openapi-fetch client, with the same headers, retries and rate limiting. openapi-fetch is imported
     * on its first request.
     */
    raw: Client<Paths>;
    /** Registers openapi-fetch middleware on `raw` and on every operation method (`raw.eject` removes it). */
    use(...middleware: Middleware[]): void;
}
type PathsOf<C> = C extends ClientBase<infer Paths> ? Paths : never;
/**
 * Gives a botspec client `raw`, its API's openapi-fetch client, and `use`, which registers openapi-fetch middleware
 * for `raw` and the operation methods alike; returns the client itself. The client entries leave this out, and
 * openapi-fetch with it, so that an app that uses neither bundles neither. Calling it again changes nothing.
 */
export declare function withRaw<C extends ClientBase<any>>(client: C): C & RawClientBase<PathsOf<C>>;
