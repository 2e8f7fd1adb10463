import type { Middleware } from "openapi-fetch";

const HOOKS = ["onRequest", "onResponse", "onError"] as const;

/** Errors that user middleware threw, or returned from `onError`. */
const middlewareErrors = new WeakSet<object>();

/** A value other than an object that a hook threw (a WeakSet holds only objects), boxed on its way through openapi-fetch. */
class Thrown {
  constructor(readonly value: unknown) {}
}

/**
 * Whether `error` is one the user's middleware threw or returned from `onError`: an operation method lets it through
 * as it is (`thrownByMiddleware`), and makes a NetworkError of any other failure of a request sent through openapi-fetch.
 */
export function isMiddlewareError(error: unknown): boolean {
  return error instanceof Thrown || (typeof error === "object" && error !== null && middlewareErrors.has(error));
}

/** What the middleware threw: `error` itself, or the value it boxed. */
export function thrownByMiddleware(error: unknown): unknown {
  return error instanceof Thrown ? error.value : error;
}

function markMiddlewareError(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return new Thrown(error);
  middlewareErrors.add(error);
  return error;
}

/** The user's middleware, with what its hooks throw, or `onError` returns, marked as theirs. */
const guarded = new WeakMap<Middleware, Middleware>();
export function guard(middleware: Middleware): Middleware {
  const known = guarded.get(middleware);
  if (known) return known;
  const wrapper: Record<string, unknown> = {};
  for (const hook of HOOKS) {
    // The hook is read on every request, as openapi-fetch reads it: one added or replaced after `use` runs too.
    wrapper[hook] = async (params: unknown) => {
      const run = middleware[hook] as ((params: unknown) => unknown) | undefined;
      if (typeof run !== "function") return undefined;
      try {
        const result = await run.call(middleware, params);
        // An onError that hands the network error back has not replaced it.
        const replaced = result instanceof Error && result !== (params as { error?: unknown }).error;
        if (hook === "onError" && replaced) markMiddlewareError(result);
        return result;
      } catch (error) {
        throw markMiddlewareError(error);
      }
    };
  }
  guarded.set(middleware, wrapper as Middleware);
  return wrapper as Middleware;
}
