import type { Client, Middleware } from "openapi-fetch";
import { rawSupportOf, TABLE, type ClientBase } from "./core.js";
import { buffered } from "./fetch/body.js";
import { withRetry } from "./fetch/retry.js";
import { serializeBody, type Detour } from "./invoke.js";
import { isMiddlewareError, thrownByMiddleware } from "./middleware-errors.js";
import { fillPath, type OperationSpec, type OperationTable } from "./operation.js";
import { escapeRegExp } from "./redact.js";
import { createLazyClient, type LazyClient } from "./raw.js";
import { unlessAborted } from "./timeout.js";

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
export function withRaw<C extends ClientBase<any>>(client: C): C & RawClientBase<PathsOf<C>> {
  const target = client as C & RawClientBase<PathsOf<C>> & { [TABLE]?: OperationTable };
  const support = rawSupportOf(client);
  if (!support) throw new TypeError("withRaw: not a botspec client");
  if (target.raw) return target;
  const { baseUrl, headers, jsonType, send, retry, retryAfter, gate, maxBytes, lengthTrusted, timeoutMs } = support;
  // openapi-fetch reads the body itself, after the retry loop: it gets the answer with its body read already.
  const table = target[TABLE] ?? {};
  const attempt = withRetry(send, retry, {
    retryAfter,
    gate,
    read: (response) => buffered(response, maxBytes, lengthTrusted),
    notIdempotent: routesWhere(table, baseUrl, (spec) => !!spec.notIdempotent),
  });
  const takesNoCredential = routesWhere(table, baseUrl, (spec) => !!spec.noAuth);
  const fetch = async (request: Request) => {
    if (headers.Authorization && request.headers.get("Authorization") === headers.Authorization && takesNoCredential(request)) {
      request.headers.delete("Authorization");
    }
    return (await attempt(request)).body;
  };
  const builtIn = jsonType === "application/json" ? [] : [setJsonType(jsonType)];
  // Redirects are not followed, as by the operation methods (src/invoke.ts).
  const lazy = createLazyClient<PathsOf<C>>({ baseUrl, fetch, headers, pathSerializer: fillPath, redirect: "manual" }, builtIn, timeoutMs);
  support.detour = detourThrough(lazy);
  target.raw = lazy.client;
  target.use = (...middleware) => lazy.client.use(...middleware);
  return target;
}

/** The operation methods' way through openapi-fetch, taken while middleware is registered. */
function detourThrough(lazy: LazyClient<any>): Detour {
  return {
    active: () => lazy.middleware.length > 0,
    async send(spec, { path, query, body }, payload, signal, binary) {
      let built: Request | undefined;
      const around = signal && {
        first: { onRequest: ({ request }: { request: Request }) => void (built = request) },
        // Middleware that made another Request left the call's signal behind: it is put back, or a call that timed
        // out while it waited for its rate limit would still be sent once the limit let it go.
        last: {
          onRequest: ({ request }: { request: Request }) =>
            request === built ? undefined : new Request(request, { signal: AbortSignal.any([request.signal, signal]) }),
        },
      };
      const request = lazy.request(spec.method, spec.path, {
        ...(around ? { around } : {}),
        params: { path, query },
        body,
        parseAs: binary ? "blob" : "text",
        ...(signal ? { signal } : {}),
        // Serialised once, by the operation method, which refuses a body that cannot be; a body middleware replaced
        // is serialised as the direct way would.
        bodySerializer: (value: Record<string, unknown>) => (value === body ? payload : serializeBody(spec, value)),
        // openapi-fetch leaves out a header given as null.
        ...(spec.noAuth ? { headers: { Authorization: null } } : {}),
      } as never);
      const { response, data, error } = await unlessAborted(request, signal);
      return { response, content: response.ok ? data : error };
    },
    owns: isMiddlewareError,
    original: thrownByMiddleware,
  };
}

/**
 * Whether a request goes to an operation `which` picks: `raw` is by path, and its requests carry no operation. Used for
 * operations that take no credential (`security: []`, `noAuth` in the table): `raw` sends the client's headers
 * everywhere, so the client's own `Authorization` is taken off there, as the operation methods leave it out (a header
 * the caller set to another value stays); and for GETs that must not be resent.
 */
function routesWhere(table: OperationTable, baseUrl: string, which: (spec: OperationSpec) => boolean): (request: Request) => boolean {
  const routes = Object.values(table)
    .filter(which)
    .map((spec) => {
      // The URL parser normalises the path as fetch will (`/../oauth2/token`); a template's `{name}` is one segment.
      const path = canonicalPath(new URL(`${baseUrl.replace(/\/$/, "")}${spec.path}`).pathname);
      const pattern = escapeRegExp(path).replace(/%7B[^/]*?%7D/gi, "[^/]+");
      return { method: spec.method.toUpperCase(), path: new RegExp(`^${pattern}$`) };
    });
  return (request) => {
    if (routes.length === 0) return false;
    const pathname = canonicalPath(new URL(request.url).pathname);
    return routes.some((route) => route.method === request.method && route.path.test(pathname));
  };
}

/**
 * A path as servers commonly read it, for matching: unreserved characters percent-encoded (`%2D`, `%74`) decoded, as
 * RFC 3986 makes them the same URI; runs of slashes as one and no slash at the end, as many servers route them.
 */
function canonicalPath(path: string): string {
  return path
    .replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
      const char = String.fromCharCode(Number.parseInt(hex, 16));
      return /[A-Za-z0-9._~-]/.test(char) ? char : escape.toUpperCase();
    })
    .replace(/\/{2,}/g, "/")
    .replace(/(.)\/$/, "$1");
}

/** Gives JSON bodies sent through openapi-fetch the Content-Type `type` instead of its plain `application/json`. */
function setJsonType(type: string): Middleware {
  return {
    onRequest({ request }) {
      if (request.headers.get("Content-Type") === "application/json") request.headers.set("Content-Type", type);
    },
  };
}
