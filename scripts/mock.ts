/**
 * Serves the three bundled specs with Prism at once: `npm run mock`, or `npm run mock -- --kook 5000 --tomon 5001`.
 * Ports default to 4010 (kook), 4011 (tomon), 4012 (mirai); MOCK_HOST picks the interface (default 127.0.0.1).
 */
import { apis } from "./apis.js";
import { startMock, type MockServer } from "./prism.js";

const defaultPorts = { kook: 4010, tomon: 4011, mirai: 4012 } as const;

function portFor(name: keyof typeof defaultPorts, argv: string[]): number {
  const index = argv.indexOf(`--${name}`);
  const value = index >= 0 ? argv[index + 1] : process.env[`MOCK_${name.toUpperCase()}_PORT`];
  const port = value === undefined ? defaultPorts[name] : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port for ${name}: ${value}`);
  return port;
}

async function main(argv: string[]): Promise<void> {
  const host = process.env.MOCK_HOST ?? "127.0.0.1";
  const servers: MockServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.close()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (const api of apis) {
    const server = await startMock(api.name, { port: portFor(api.name, argv), host, logLevel: "warn" });
    servers.push(server);
    console.log(`${api.name.padEnd(6)} ${server.url}`);
  }
  console.log("Prism mocks running; Ctrl-C stops them.");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
