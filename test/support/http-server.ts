import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

/** One request as the test server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** `Date.now()` when the request arrived (before its body was read). */
  receivedAt: number;
  /** The node request, e.g. to `raw.socket.destroy()` for a connection reset. */
  raw: IncomingMessage;
  text(): string;
  json(): any;
  /** Parses a multipart or urlencoded body the way a web server would. */
  formData(): Promise<FormData>;
}

export type Handler = (request: ReceivedRequest, response: ServerResponse) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Every request received so far, in arrival order. */
  requests: ReceivedRequest[];
  /** Requests received for one path. */
  hits(path: string): ReceivedRequest[];
  /** Replaces the handler. */
  handle(handler: Handler): void;
  /** Closes the server and every open connection (including requests that were never answered). */
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 at a free port, recording every request and answering with `handler`. */
export async function startServer(handler: Handler = (_, response) => sendJson(response, 404, {})): Promise<TestServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  // Connections stay open for a minute (Node's default is 5 s): a client whose idle connection the server closes
  // reconnects, or retries a call that met the close, which costs tests that wait between calls time and noise.
  const server = createServer({ keepAliveTimeout: 60_000 }, (raw, response) => {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    raw.on("data", (chunk: Buffer) => chunks.push(chunk));
    raw.on("end", () => {
      const url = new URL(raw.url ?? "/", "http://127.0.0.1");
      const body = Buffer.concat(chunks);
      const request: ReceivedRequest = {
        method: raw.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: raw.headers,
        body,
        receivedAt,
        raw,
        text: () => body.toString("utf8"),
        json: () => JSON.parse(body.toString("utf8")),
        formData: () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(raw.headers)) if (typeof value === "string") headers.set(name, value);
          return new Request(url, { method: "POST", headers, body }).formData();
        },
      };
      requests.push(request);
      Promise.resolve(current(request, response)).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 599, { handlerError: String(error) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => requests.filter((request) => request.path === path),
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

/**
 * A `serve(handler)` for tests that each start their own server: it hands the server to `onStart` (which keeps it
 * where the tests read it) and closes it after the test.
 */
export function serverPerTest(onStart: (server: TestServer) => void): (handler: Handler) => Promise<TestServer> {
  let current: TestServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (handler) => {
    current = await startServer(handler);
    onStart(current);
    return current;
  };
}
