/**
 * Serves the offline API reference (generated/docs) on localhost.
 *
 *   npm run docs                 http://localhost:4080/
 *   npm run docs -- 5000         another port (or PORT=5000 npm run docs, or --port 5000)
 *
 * The pages are built by `npm run generate` (docs step). Stop with Ctrl-C.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { pipeline } from "node:stream/promises";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const defaultPort = 4080;

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Starts a static file server for `root` on `host:port` (port 0 picks a free one); resolves once listening. */
export async function startDocsServer(options: { root?: string; port?: number; host?: string } = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root ?? fileURLToPath(new URL("../generated/docs/", import.meta.url)));
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      } catch {
        response.writeHead(400).end("bad request\n");
        return;
      }
      if (pathname.endsWith("/")) pathname += "index.html";
      const file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end("forbidden\n");
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (info === undefined || !info.isFile()) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}\n`);
        return;
      }
      response.writeHead(200, {
        "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-cache",
      });
      if (request.method === "HEAD") response.end();
      // pipeline, not pipe: a reader who goes away mid-download must close the file too (pipe kept each one open until
      // the process ran out of descriptors), and a file that cannot be opened must not be an unhandled 'error'.
      else pipeline(createReadStream(file), response).catch(() => response.destroy());
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? defaultPort, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}/` };
}

function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.indexOf("--port");
  const raw = flag >= 0 ? argv[flag + 1] : (argv.find((arg) => /^\d+$/.test(arg)) ?? env.PORT);
  if (raw === undefined || raw === "") return defaultPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${raw}`);
  return port;
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL("../generated/docs/", import.meta.url));
  const index = await stat(join(root, "index.html")).catch(() => undefined);
  if (index === undefined) throw new Error("generated/docs/index.html is missing: run `npm run generate` first");
  const port = portFrom(process.argv.slice(2), process.env);
  const { server, url } = await startDocsServer({ root, port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") throw new Error(`port ${port} is in use: pass another, e.g. \`npm run docs -- ${port + 1}\``);
    throw error;
  });
  console.log(`Serving generated/docs at ${url} (Ctrl-C to stop)`);
  const stop = (): void => {
    console.log("\nStopping the docs server.");
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
