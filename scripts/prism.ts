import { readFile } from "node:fs/promises";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";
import type { ApiEntry } from "./apis.js";

export interface MockServer {
  api: ApiEntry["name"];
  url: string;
  close(): Promise<void>;
}

export interface MockOptions {
  port?: number;
  host?: string;
  /** Log level of Prism's own logger (default: silent). */
  logLevel?: "silent" | "info" | "warn" | "error";
}

/**
 * Serves an API's bundled spec with Prism, in this process. Requests and responses are validated, and `errors`
 * semantics are on: an invalid request or an example that does not match its own schema fails loudly.
 */
export async function startMock(api: ApiEntry["name"], options: MockOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", logLevel = "silent" } = options;
  const document = JSON.parse(await readFile(new URL(`../generated/${api}/openapi.json`, import.meta.url), "utf8"));
  const operations = await getHttpOperationsFromSpec(document);
  const logger = createLogger("botspec-mock", { level: logLevel });
  const server = createServer(operations, {
    cors: false,
    components: { logger },
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: true,
      upstreamProxy: undefined,
      mock: { dynamic: false },
    },
  });
  const address = await server.listen(port, host);
  return { api, url: address.replace(/\/$/, ""), close: () => server.close() };
}
