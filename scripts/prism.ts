import { readFile } from "node:fs/promises";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";
import { validateInput } from "@stoplight/prism-http/dist/validator/index.js";
import type { ApiEntry } from "./apis.js";
import { withContentChecks } from "./content-schema.js";

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
 * semantics are on: an invalid request or an example that does not match its own schema fails loudly. JSON strings
 * with a `contentSchema` (KOOK's card messages) are validated as well (scripts/content-schema.ts).
 */
export async function startMock(api: ApiEntry["name"], options: MockOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", logLevel = "silent" } = options;
  const text = await readFile(new URL(`../generated/${api}/openapi.json`, import.meta.url), "utf8");
  // Prism dereferences the document it reads in place; the content checks get their own copy.
  const validateContent = withContentChecks(validateInput, JSON.parse(text));
  const operations = await getHttpOperationsFromSpec(JSON.parse(text));
  const logger = createLogger("botspec-mock", { level: logLevel });
  const server = createServer(operations, {
    cors: false,
    // Prism treats contentSchema as an annotation; the strings that declare one (KOOK's cards) are checked too.
    components: { logger, validateInput: validateContent },
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
