import type { Client, ClientOptions, Middleware } from "openapi-fetch";
import { guard, thrownByMiddleware } from "./middleware-errors.js";
import { callSignal, checkSignal, deadline, unlessAborted } from "./timeout.js";

export interface LazyClient<Paths extends {}> {
  client: Client<Paths>;
  /** The middleware registered with `use` and not ejected, in order. */
  middleware: readonly Middleware[];
  /** `client.request`, but what middleware throws stays as `isMiddlewareError` knows it (the operation methods' way). */
  request: Client<Paths>["request"];
}

/** What this wrapper reads of a request's options; openapi-fetch reads the rest. */
type RawRequestOptions = {
  params?: { path?: unknown };
  middleware?: Middleware[];
  signal?: AbortSignal | null;
  /** Middleware run before and after all others (the operation methods' own, see src/with-raw.ts). */
  around?: { first: Middleware; last: Middleware };
};

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch's client, imported on the first request sent through it. Operation methods send without it while no
 * middleware is registered, so an app that uses neither `raw` nor middleware never loads it. The middleware lives
 * here and goes with every request (after `builtIn`), so `use` and `eject` take effect at once, loaded or not.
 */
export function createLazyClient<Paths extends {}>(options: ClientOptions, builtIn: readonly Middleware[] = [], timeoutMs?: number): LazyClient<Paths> {
  const middleware: Middleware[] = [];
  let loaded: Promise<Client<any>> | undefined;
  const load = () => (loaded ??= import("./openapi-fetch.js").then(({ createClient }) => createClient(options)));

  /** The middleware is taken when the call is made, as openapi-fetch does, not when openapi-fetch has loaded. */
  const request = async (method: string, url: string, init?: RawRequestOptions) => {
    const { around, ...rest } = init ?? {};
    const own = [...middleware, ...(rest.middleware ?? [])].map(guard);
    const options = {
      ...rest,
      // openapi-fetch fills the path only when path parameters are given: left out, `{name}` would be sent as it is.
      params: { ...rest.params, path: rest.params?.path ?? {} },
      middleware: around ? [...builtIn, around.first, ...own, around.last] : [...builtIn, ...own],
    };
    return (await load()).request(method as "get", url, options as never);
  };

  /**
   * For the user: what their middleware threw, as it threw it. The client's `timeoutMs` and the request's `signal`
   * end the call, however its middleware or a `fetch` of the user's behave (one that ignores the signal hung it); it
   * then rejects with the signal's reason, as fetch does (a "TimeoutError" DOMException for the time limit).
   */
  const unboxed = async (method: string, url: string, init?: RawRequestOptions) => {
    const where = `${method} ${url}`;
    const call = callSignal(checkSignal(init?.signal, where), deadline(timeoutMs, where));
    try {
      return await unlessAborted(request(method, url, call ? { ...init, signal: call.signal } : init), call?.signal);
    } catch (error) {
      throw thrownByMiddleware(error);
    } finally {
      call?.clear();
    }
  };
  const client: Record<string, unknown> = {
    request: unboxed,
    use(...added: Middleware[]) {
      for (const item of added) {
        if (!item || typeof item !== "object" || !("onRequest" in item || "onResponse" in item || "onError" in item)) {
          throw new TypeError("middleware must be an object with onRequest(), onResponse() or onError()");
        }
      }
      middleware.push(...added);
    },
    eject(...removed: Middleware[]) {
      for (const item of removed) {
        const index = middleware.indexOf(item);
        if (index >= 0) middleware.splice(index, 1);
      }
    },
  };
  for (const method of METHODS) client[method] = (url: string, init?: RawRequestOptions) => unboxed(method, url, init);
  return { client: client as unknown as Client<Paths>, middleware, request: request as LazyClient<Paths>["request"] };
}
