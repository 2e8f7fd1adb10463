import { Agent, request } from "node:http";
import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): any;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends a request exactly as given (path not normalised, any method, headers and body bytes) with node:http. */
export function send(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer | undefined },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // A body is always framed, so that no method sends it unframed (which a server reads as the next request).
    const length = options.body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(options.body)) };
    const headers = { ...options.headers, ...length };
    const outgoing = request({ host: hostname, port, agent, method: options.method ?? "GET", path: options.path, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", reject);
      incoming.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: incoming.statusCode!, headers: incoming.headers, text, json: () => JSON.parse(text) });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/**
 * Writes raw bytes on a fresh connection and returns whatever comes back before the server closes it (or 2 s).
 * With `end`, the connection's sending side is closed after the bytes.
 */
export function sendBytes(baseUrl: string, bytes: string | Buffer, options: { end?: boolean | undefined } = {}): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(done, 2000);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", done);
    socket.on("close", done);
    socket.write(bytes);
    if (options.end) socket.end();
  });
}
