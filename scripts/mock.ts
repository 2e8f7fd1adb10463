/**
 * Serves the three bundled specs at once: `npm run mock`, or for example
 * `npm run mock -- --kook 5000 --mirai-auth-key secret --rate-limit 5/10`. See docs/mock.md for what the mock checks
 * and simulates. Options (environment variables in brackets):
 *   --kook/--tomon/--mirai <port>   ports, default 4010, 4011, 4012 [MOCK_KOOK_PORT, ...]; MOCK_HOST picks the interface
 *   --mirai-auth-key <key>          the auth key mirai's /auth accepts, default botspec-mock-auth-key [MOCK_MIRAI_AUTH_KEY]
 *   --rate-limit <n>/<s> | off      each KOOK bucket's quota, default 120/60; `off` only counts [MOCK_RATE_LIMIT]
 *   --global-rate-limit <n>/<s> | off   KOOK's quota across all routes, default 600/60 [MOCK_GLOBAL_RATE_LIMIT]
 *   --quiet                         no access log
 */
import { apis } from "./apis.js";
import { formatAccess } from "./mock/access-log.js";
import { defaultRateLimit, parseQuota, type RateLimitOptions } from "./mock/rate-limit.js";
import { defaultMiraiAuthKey } from "./mock/sessions.js";
import { startMock, type MockServer } from "./prism.js";

const defaultPorts = { kook: 4010, tomon: 4011, mirai: 4012 } as const;

/** The value of `--<name>`, else of the environment variable (`MOCK_<NAME>` unless named). */
function option(name: string, argv: string[], env = `MOCK_${name.toUpperCase().replaceAll("-", "_")}`): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return process.env[env];
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

function portFor(name: keyof typeof defaultPorts, argv: string[]): number {
  const value = option(name, argv, `MOCK_${name.toUpperCase()}_PORT`);
  const port = value === undefined ? defaultPorts[name] : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port for ${name}: ${value}`);
  return port;
}

function rateLimitFrom(argv: string[]): RateLimitOptions {
  const bucket = option("rate-limit", argv);
  const global = option("global-rate-limit", argv);
  return {
    bucket: bucket === undefined || bucket === "off" ? defaultRateLimit.bucket : parseQuota(bucket),
    global: global === "off" ? false : global === undefined ? defaultRateLimit.global : parseQuota(global),
    enforce: bucket !== "off",
  };
}

async function main(argv: string[]): Promise<void> {
  const host = process.env.MOCK_HOST ?? "127.0.0.1";
  const miraiAuthKey = option("mirai-auth-key", argv) ?? defaultMiraiAuthKey;
  const rateLimit = rateLimitFrom(argv);
  const log = argv.includes("--quiet") ? undefined : (entry: Parameters<typeof formatAccess>[0]) => console.log(formatAccess(entry));
  const servers: MockServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.close()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (const api of apis) {
    const port = portFor(api.name, argv);
    const server = await startMock(api.name, { port, host, miraiAuthKey, rateLimit, log }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") throw error;
      throw new Error(`port ${port} (${api.name}) is in use: pass another, e.g. \`npm run mock -- --${api.name} ${port + 100}\``);
    });
    servers.push(server);
    console.log(`${api.name.padEnd(6)} ${server.url}`);
  }
  const limits = rateLimit.enforce ? `${rateLimit.bucket!.limit}/${rateLimit.bucket!.seconds}s per bucket` : "counted, not enforced";
  const global = rateLimit.global ? `, ${rateLimit.global.limit}/${rateLimit.global.seconds}s global` : "";
  console.log(`Mocks running (KOOK rate limits ${limits}${global}; mirai auth key ${miraiAuthKey === defaultMiraiAuthKey ? "the default" : "set"}). Ctrl-C stops them.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
