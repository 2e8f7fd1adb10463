import type { Client, Middleware } from "openapi-fetch";
import { RAW, type ClientBase, type RawSupport } from "./core.js";
import { fillPath } from "./operation.js";
import { createLazyClient } from "./raw.js";

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
  const target = client as C & RawClientBase<PathsOf<C>> & { [RAW]?: RawSupport };
  const support = target[RAW];
  if (!support) throw new TypeError("withRaw: not a botspec client");
  if (target.raw) return target;
  const { baseUrl, headers, rawTransport, jsonType } = support;
  const builtIn = jsonType === "application/json" ? [] : [setJsonType(jsonType)];
  const lazy = createLazyClient<PathsOf<C>>({ baseUrl, fetch: rawTransport, headers, pathSerializer: fillPath }, builtIn);
  support.lazy = lazy;
  target.raw = lazy.client;
  target.use = (...middleware) => lazy.client.use(...middleware);
  return target;
}

/** Gives JSON bodies sent through openapi-fetch the Content-Type `type` instead of its plain `application/json`. */
function setJsonType(type: string): Middleware {
  return {
    onRequest({ request }) {
      if (request.headers.get("Content-Type") === "application/json") request.headers.set("Content-Type", type);
    },
  };
}
