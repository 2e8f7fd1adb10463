import { readFile, stat } from "node:fs/promises";
import type { ApiEntry } from "./apis.js";
import { prepareSpec, serveMock, type LayerOptions, type PreparedSpec } from "./mock/server.js";

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
  const server = serveMock(api, await preparedSpec(api), layer);
  const url = await server.listen(port, host);
  return { api, url, close: () => server.close() };
}

/** Each API's prepared bundle, read once per process (again if the bundle changes): tests start dozens of mocks. */
const prepared = new Map<string, { mtimeMs: number; spec: Promise<PreparedSpec> }>();

async function preparedSpec(api: ApiEntry["name"]): Promise<PreparedSpec> {
  const file = new URL(`../generated/${api}/openapi.json`, import.meta.url);
  const { mtimeMs } = await stat(file);
  const cached = prepared.get(api);
  if (cached && cached.mtimeMs === mtimeMs) return cached.spec;
  const spec = readFile(file, "utf8").then((text) => prepareSpec(JSON.parse(text)));
  prepared.set(api, { mtimeMs, spec });
  spec.catch(() => prepared.delete(api));
  return spec;
}
