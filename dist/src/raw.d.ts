import type { Client, ClientOptions, Middleware } from "openapi-fetch";
export interface LazyClient<Paths extends {}> {
    client: Client<Paths>;
    /** The middleware registered with `use` and not ejected, in order. */
    middleware: readonly Middleware[];
    /** `client.request`, but what middleware throws stays as `isMiddlewareError` knows it (the operation methods' way). */
    request: Client<Paths>["request"];
}
/**
 * openapi-fetch's client, imported on the first request sent through it. Operation methods send without it while no
 * middleware is registered, so an app that uses neither `raw` nor middleware never loads it. The middleware lives
 * here and goes with every request (after `builtIn`), so `use` and `eject` take effect at once, loaded or not.
 */
export declare function createLazyClient<Paths extends {}>(options: ClientOptions, builtIn?: readonly Middleware[], timeoutMs?: number): LazyClient<Paths>;
