import { createHash, randomUUID } from "node:crypto";
import type { RateLimitStore } from "./rate-limit-store.js";
import { createSharedRateLimit, type Grant, type Outcome, type SharedLimits, type StoreEvent } from "./shared-rate-limit.js";

export type { RateLimitStore } from "./rate-limit-store.js";
export type { StoreEvent } from "./shared-rate-limit.js";

/**
 * What the store needs of a Redis client: a connected node-redis client (`createClient()` from the `redis` package,
 * version 5 or 6) has it. Commands go through `sendCommand`, so no scripts need to be registered on the client.
 */
export interface RedisClientLike {
  readonly isReady: boolean;
  sendCommand(args: string[]): Promise<unknown>;
  on(event: "error", listener: (error: unknown) => void): unknown;
}

export interface RedisStoreOptions {
  /** Prefix of every key the store writes (default `botspec:kook`). */
  prefix?: string | undefined;
  /** A Redis command slower than this counts as Redis being away (default 1000 ms). */
  timeoutMs?: number | undefined;
  /** After Redis failed, how long calls stay on the local limiter before Redis is tried again (default 1000 ms). */
  retryMs?: number | undefined;
  /**
   * Told when a client falls back to its local rate limiter because Redis is unreachable or slow (with the error),
   * and when it goes back to Redis. Calls carry on either way; this is for logs and alerts.
   */
  onEvent?: ((event: StoreEvent) => void) | undefined;
}

/**
 * A Redis script, run by its SHA-1 (`EVALSHA`) and sent in full (`EVAL`) when Redis does not have it cached, as after
 * a restart. Times come from Redis (`TIME`), so the clocks of the machines sharing a bucket do not matter; durations
 * cross the network, never instants.
 */
interface Script {
  source: string;
  sha: string;
}

function script(source: string): Script {
  return { source, sha: createHash("sha1").update(source).digest("hex") };
}

/** Shared by both scripts: the time, and where a route's bucket lives. */
const PRELUDE = `
local prefix, route, pid = ARGV[1], ARGV[2], ARGV[3]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local function put(key, field, value)
  if value == nil then redis.call('HDEL', key, field) else redis.call('HSET', key, field, value) end
end
local function keys(name)
  if #name > 200 then name = redis.sha1hex(name) end
  return prefix .. 'b:' .. name, prefix .. 'p:' .. name, prefix .. 's:' .. name
end
local function load(b)
  local f = redis.call('HMGET', b, 'limit', 'remaining', 'end', 'late', 'span', 'window', 'probe', 'opened')
  return tonumber(f[1]), tonumber(f[2]), tonumber(f[3]), tonumber(f[4]), tonumber(f[5]) or 0, tonumber(f[6]) or 0,
    tonumber(f[7]) or 0, tonumber(f[8]) or 0
end
local function save(b, p, s, limit, remaining, e, late, span, window, probe, opened)
  put(b, 'limit', limit); put(b, 'remaining', remaining); put(b, 'end', e); put(b, 'late', late)
  redis.call('HSET', b, 'span', span, 'window', window, 'probe', probe, 'opened', opened)
  local ttl = math.max(60000, 10 * span)
  redis.call('PEXPIRE', b, ttl); redis.call('PEXPIRE', p, ttl); redis.call('PEXPIRE', s, ttl)
end
`;

/**
 * Takes up to ARGV[4] slots of the route's bucket for the process ARGV[3]; returns {granted, window, waitMs, probe}.
 *
 * A bucket's hash holds its limit, the calls left (-1: not limited), the window's end told by answers to calls of
 * this window (end) and of earlier ones (late), the longest reset seen (span, about a window), the window's number,
 * and the lease of a call probing a bucket whose limits are unknown. The per-process hash holds each process's calls
 * waiting (w), and let through this window (g) and still in flight (i); the sorted set when each was last heard of.
 * A process not heard of for two windows is forgotten. One that dies holds nothing past its window: its slots were
 * that window's, its calls in flight count once against the next (where they may still arrive), a probe's lease lasts
 * a window, and its fair share goes unreserved once it is forgotten.
 *
 * Fairness: each process waiting is reserved an equal share of the window (at most what it waits for); a process
 * gets its share plus what nobody has reserved. Hence no process starves, whoever asks first. A process that waited
 * in the last window but has not asked in this one keeps its share for a quarter of the window only, so that one
 * that died, or no longer needs it, does not leave the rest waiting for the window's end.
 */
const ACQUIRE = script(`${PRELUDE}
local want = tonumber(ARGV[4])
local hold = tonumber(redis.call('GET', prefix .. 'hold') or '0')
if hold > now then return {0, 0, hold - now, 0} end
local b, p, s = keys(redis.call('HGET', prefix .. 'routes', route) or route)
local limit, remaining, e, late, span, window, probe, opened = load(b)
local live = math.max(2 * span, 2000)
for _, q in ipairs(redis.call('ZRANGEBYSCORE', s, '-inf', now - live)) do
  redis.call('HDEL', p, q .. ':w', q .. ':g', q .. ':i')
end
redis.call('ZREMRANGEBYSCORE', s, '-inf', now - live)
local pids = redis.call('ZRANGE', s, 0, -1, 'WITHSCORES')
redis.call('ZADD', s, now, pid)
local resetAt = e and math.max(e, late or e) or late
if resetAt and resetAt <= now then
  -- Calls of the window that ended still in flight may reach the server in the new one, so they count against it,
  -- once: a call cannot arrive two windows late (and one whose process died is gone with its connection).
  local carry = 0
  for i = 1, #pids, 2 do
    local q = pids[i]
    carry = carry + (tonumber(redis.call('HGET', p, q .. ':i')) or 0)
    redis.call('HDEL', p, q .. ':g', q .. ':i')
  end
  if limit and limit > 0 then remaining = math.max(0, limit - carry) else remaining = nil end
  e, late, resetAt = nil, nil, nil
  window, opened = window + 1, now
end
-- Processes that waited in the last window keep their share for the first quarter of this one; after that, only those
-- that asked in this window do.
local grace = opened + math.max(25, span / 4)
local granted, probing, wait = 0, 0, 0
if remaining == nil then
  if probe > now then
    -- Another call is finding out the bucket's limits: look again soon.
    wait = math.min(probe - now, 25)
  else
    probe = now + math.max(span, 1000)
    granted, probing = 1, 1
  end
elseif remaining < 0 then
  granted = want
elseif remaining > 0 then
  local wanting, reservedByOthers = 1, 0
  local others = {}
  for i = 1, #pids, 2 do
    local q = pids[i]
    if q ~= pid and (tonumber(pids[i + 1]) >= opened or now < grace) then
      local v = redis.call('HMGET', p, q .. ':w', q .. ':g')
      local w, g = tonumber(v[1]) or 0, tonumber(v[2]) or 0
      if w > 0 then
        wanting = wanting + 1
        others[#others + 1] = {w, g}
      end
    end
  end
  local share = math.ceil((limit or remaining) / wanting)
  for _, o in ipairs(others) do reservedByOthers = reservedByOthers + math.min(o[1], math.max(0, share - o[2])) end
  local mine = math.max(0, share - (tonumber(redis.call('HGET', p, pid .. ':g')) or 0))
  granted = math.min(want, remaining, math.max(mine, remaining - reservedByOthers))
  remaining = remaining - granted
end
if granted == 0 and wait == 0 then
  if remaining and remaining > 0 and now < grace then
    -- What is left is others' share: until their claim lapses.
    wait = grace - now
  else
    -- Until the window ends; if its end is not known yet, until an answer tells it.
    wait = resetAt and (resetAt - now) or 25
  end
end
redis.call('HSET', p, pid .. ':w', want - granted)
if granted > 0 then
  redis.call('HINCRBY', p, pid .. ':g', granted)
  redis.call('HINCRBY', p, pid .. ':i', granted)
end
save(b, p, s, limit, remaining, e, late, span, window, probe, opened)
return {granted, window, wait, probing}
`);

/**
 * Ends ARGV[8] calls that one grant let through in window ARGV[4] (ARGV[5]: the grant probed), as ARGV[6] says:
 * 'answer' (with the answer's bucket, remaining, limit and reset in ms, empty when not told), 'lost' (sent, no
 * answer) or 'unsent' (the slots are given back). Answers are taken as the in-process limiter takes them: the lowest
 * remaining count wins; the window's end comes from answers to calls of this window.
 */
const BOOK = script(`${PRELUDE}
local w, wasProbe, how, count = tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6], tonumber(ARGV[7])
local named, told, toldLimit, reset = ARGV[8], tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11])
local routes = prefix .. 'routes'
local name = redis.call('HGET', routes, route)
local moved = false
if not name and named ~= '' then
  -- The route turns out to share a named bucket: its state becomes that bucket's, unless the bucket has one.
  redis.call('HSET', routes, route, named)
  redis.call('PEXPIRE', routes, 86400000)
  local from, to = {keys(route)}, {keys(named)}
  if from[1] ~= to[1] then
    local fresh = redis.call('EXISTS', to[1]) == 0
    for i = 1, 3 do
      if fresh and redis.call('EXISTS', from[i]) == 1 then redis.call('RENAME', from[i], to[i]) else redis.call('DEL', from[i]) end
    end
    moved = not fresh
  end
  name = named
end
local b, p, s = keys(name or route)
local limit, remaining, e, late, span, window, probe, opened = load(b)
redis.call('ZADD', s, now, pid)
local current = w == window and not moved
if current and tonumber(redis.call('HINCRBY', p, pid .. ':i', -count)) < 0 then redis.call('HSET', p, pid .. ':i', 0) end
if how == 'unsent' then
  if current then
    if wasProbe then probe = 0
    elseif remaining and remaining >= 0 then remaining = math.min(remaining + count, limit or remaining + count) end
  end
elseif how == 'lost' then
  if wasProbe and current then probe = 0 end
else
  if told and reset then
    if e == nil and toldLimit then limit = toldLimit end
    if reset > span then span = reset end
    local told_end, half = now + reset, span / 2
    if probe ~= 0 or remaining == nil or remaining < 0 then
      if remaining == nil then opened = now end
      remaining, e = told, told_end
    else
      remaining = math.min(remaining, told)
      if not current then late = math.max(late or told_end, told_end)
      elseif e == nil or told_end - e > half then e = told_end
      elseif e - told_end < half then e = math.min(e, told_end) end
    end
  elseif remaining == nil then
    -- A route that answers without rate-limit headers is not limited.
    remaining, limit = -1, -1
  end
  probe = 0
end
save(b, p, s, limit, remaining, e, late, span, window, probe, opened)
return 0
`);

/** Holds every bucket for ARGV[4] ms from now, unless a longer hold is on. */
const HOLD = script(`${PRELUDE}
local ms = tonumber(ARGV[4])
local key = prefix .. 'hold'
if now + ms > tonumber(redis.call('GET', key) or '0') then redis.call('SET', key, now + ms, 'PX', ms) end
return 0
`);

class RedisLimits implements SharedLimits {
  private readonly pid = randomUUID();

  constructor(
    private readonly client: RedisClientLike,
    private readonly prefix: Promise<string>,
    private readonly errors: { last: unknown },
  ) {}

  get ready(): boolean {
    return this.client.isReady;
  }

  get lastError(): unknown {
    return this.errors.last;
  }

  async acquire(route: string, want: number): Promise<Grant> {
    const [granted, window, waitMs, probe] = (await this.run(ACQUIRE, route, String(want))) as number[];
    return { granted: granted!, window: window!, waitMs: waitMs!, probe: probe === 1 };
  }

  async book(route: string, window: number, probe: boolean, outcome: Outcome, count: number): Promise<void> {
    const how = typeof outcome === "string" ? outcome : "answer";
    const answer = typeof outcome === "string" ? undefined : outcome.answer;
    const text = (value: number | string | undefined) => (value === undefined ? "" : String(value));
    await this.run(
      BOOK,
      route,
      String(window),
      probe ? "1" : "0",
      how,
      String(count),
      text(answer?.bucket),
      text(answer?.remaining),
      text(answer?.limit),
      text(answer?.resetMs),
    );
  }

  async hold(ms: number): Promise<void> {
    await this.run(HOLD, "", String(Math.ceil(ms)));
  }

  private async run({ source, sha }: Script, route: string, ...rest: string[]): Promise<unknown> {
    // A disconnected client would queue the command until Redis is back: fail now instead.
    if (!this.client.isReady) throw new Error("Redis is not connected");
    const args = ["0", await this.prefix, route, this.pid, ...rest];
    try {
      return await this.client.sendCommand(["EVALSHA", sha, ...args]);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith("NOSCRIPT"))) throw error;
      return this.client.sendCommand(["EVAL", source, ...args]);
    }
  }
}

/**
 * Shares a KOOK client's rate limits through Redis with every other client, in any process on any machine, that
 * calls with the same token: `createKookClient({ token, rateLimit: { store: redisStore(redis) } })`, where `redis`
 * is a connected client of the `redis` package. Keys carry a hash of the token, never the token. While Redis is
 * unreachable or slow, calls go through the client's local limiter and `onEvent` is told.
 */
export function redisStore(client: RedisClientLike, options: RedisStoreOptions = {}): RateLimitStore {
  const { prefix = "botspec:kook", timeoutMs = 1000, retryMs = 1000, onEvent } = options;
  const errors = { last: undefined as unknown };
  // The client reports connection errors as events: this listener keeps them from crashing the process.
  client.on("error", (error) => (errors.last = error));
  return {
    limiter(scope, createLocal) {
      // A hash tag ({...}) keeps one token's keys in one Redis Cluster slot.
      const limits = new RedisLimits(client, scope.then((hash) => `${prefix}:{${hash}}:`), errors);
      return createSharedRateLimit(limits, createLocal, { timeoutMs, retryMs, onEvent });
    },
  };
}
