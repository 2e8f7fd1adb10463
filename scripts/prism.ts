import { readFile } from "node:fs/promises";
import type { ApiEntry } from "./apis.js";
import type { AccessLog } from "./mock/access-log.js";
import type { RateLimitOptions } from "./mock/rate-limit.js";
import { createMockServer } from "./mock/server.js";

export interface MockServer {
  api: ApiEntry["name"];
  url: string;
  close(): Promise<void>;
}

export interface MockOptions {
  port?: number;
  host?: string;
  /** The auth key mirai's `/auth` accepts (default `botspec-mock-auth-key`). */
  miraiAuthKey?: string | undefined;
  /** KOOK rate limits (default: 120 requests per 60 s per bucket, 600 per 60 s in all, enforced). */
  rateLimit?: RateLimitOptions | undefined;
  /** Receives one entry per request (method, path without secrets, status, ms); default: no log. */
  log?: AccessLog | undefined;
}

/**
 * Serves an API's bundled spec with Prism, in this process, behind the layer of scripts/mock/: requests and
 * responses are validated (an example that does not match its own schema fails loudly), and failures are answered
 * in the API's own error shape, with Prism's reasons in `sl-violations`.
 */
export async function startMock(api: ApiEntry["name"], options: MockOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", ...layer } = options;
  const document = JSON.parse(await readFile(new URL(`../generated/${api}/openapi.json`, import.meta.url), "utf8"));
  const server = await createMockServer(api, document, layer);
  const url = await server.listen(port, host);
  return { api, url, close: () => server.close() };
}
