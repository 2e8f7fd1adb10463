/**
 * One bot process of the shared rate-limit benchmark (bench/redis.ts forks several): a KOOK client on the benchmark's
 * token, with the Redis store or without, fires its calls at once when told to go and reports back.
 */
import { createClient } from "redis";

interface Setup {
  kookEntry: string;
  redisEntry: string;
  baseUrl: string;
  redisUrl: string | undefined;
  calls: number;
  tag: string;
}

const setup = await new Promise<Setup>((resolve) => process.once("message", resolve));
const { createKookClient } = (await import(setup.kookEntry)) as typeof import("botspec/kook");
const { redisStore } = (await import(setup.redisEntry)) as typeof import("botspec/kook/redis");

const events: string[] = [];
let redis: ReturnType<typeof createClient> | undefined;
if (setup.redisUrl) {
  redis = createClient({ url: setup.redisUrl });
  await redis.connect();
}
const kook = createKookClient({
  token: "bench-shared-token",
  baseUrl: setup.baseUrl,
  retry: { rateLimitRetries: 100 },
  rateLimit: redis
    ? { store: redisStore(redis, { onEvent: (event) => events.push(event.type === "fallback" ? `fallback (${String(event.error)})` : event.type) }) }
    : true,
});

process.send!("ready");
await new Promise((resolve) => process.once("message", resolve));
const started = performance.now();
const results = await Promise.allSettled(Array.from({ length: setup.calls }, (_, i) => kook.getUser({ user_id: `${setup.tag}-${i}` })));
const elapsedMs = performance.now() - started;
const failures = results.filter((result) => result.status === "rejected").map((result) => String((result as PromiseRejectedResult).reason));
process.send!({ elapsedMs, failed: failures.length, firstFailure: failures[0], events });
await redis?.close().catch(() => redis?.destroy());
process.disconnect();
