import { readFile } from "node:fs/promises";
import type { ApiEntry } from "./apis.js";
import { createMockServer, type LayerOptions } from "./mock/server.js";

export interface MockServer {
  api: ApiEntry["name"];
  url: string;
  close(): Promise<void>;
}

export interface MockOptions extends LayerOptions {
  port?: number;
  host?: string;
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
