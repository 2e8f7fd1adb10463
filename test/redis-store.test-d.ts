// Type-level tests of the Redis store: what the README shows compiles with a client of the `redis` package.
import { createClient } from "redis";
import { describe, expectTypeOf, it } from "vitest";
import { createKookClient, type KookClient, type RateLimitStore } from "../generated/kook/client.js";
import { redisStore, type StoreEvent } from "../src/kook/redis-store.js";

describe("redisStore", () => {
  it("takes a connected node-redis client and goes into rateLimit.store", async () => {
    const store = redisStore(await createClient({ url: "redis://127.0.0.1:6379" }).connect());
    expectTypeOf(store).toEqualTypeOf<RateLimitStore>();
    expectTypeOf(createKookClient({ token: "t", rateLimit: { store } })).toEqualTypeOf<KookClient>();
    redisStore(createClient(), { prefix: "bot", timeoutMs: 500, retryMs: 2000, onEvent: (event) => expectTypeOf(event).toEqualTypeOf<StoreEvent>() });
    // @ts-expect-error a store is an object made by a store factory, not a client
    createKookClient({ token: "t", rateLimit: { store: createClient() } });
    // @ts-expect-error rateLimit is a boolean or { store }
    createKookClient({ token: "t", rateLimit: "shared" });
  });
});
