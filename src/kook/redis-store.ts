import { createHash, randomUUID } from "node:crypto";
import { LONGEST_SERVER_WAIT_MS } from "../fetch/retry.js";
import { checkNumber } from "../options.js";
import { LONGEST_TIMER_MS } from "../sleep.js";
import type { RateLimitStore } from "./rate-limit-store.js";
import { createSharedRateLimit, type Grant, type Outcome, type SharedLimits, type StoreEvent } from "./shared-rate-limit.js";

const MALFORMED = "Redis answered a rate-limit script with something else than the script returns";

/** The acquire script's answer: calls granted (at most `want`), window, wait in ms, probe (0 or 1), processes sharing. */
function isGrant(reply: unknown, want: number): reply is [number, number, number, number, number] {
  if (!(Array.isArray(reply) && reply.length === 5 && reply.every(Number.isSafeInteger))) return false;
  const [granted, , waitMs, , sharing] = reply as number[];
  return granted! >= 0 && granted! <= want && waitMs! >= 0 && waitMs! <= LONGEST_SERVER_WAIT_MS && sharing! >= 1;
}

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
  /** A Redis command slower than this counts as Redis being away (default 2000 ms). */
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

/** Shared by the scripts: the time, where a route's bucket lives, and a bucket's state. */
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
  local f = redis.call('HMGET', b, 'limit', 'remaining', 'end', 'late', 'span', 'res', 'window', 'opened', 'probe', 'openers')
  local span = tonumber(f[5]) or 0
  if not (span >= 0 and span <= ${LONGEST_SERVER_WAIT_MS}) then span = 0 end
  -- An instant later than the longest wait a server may ask for was not written by this clock as it runs now (Redis's
  -- clock stepped back) or not by these scripts: it is unknown, or a bucket would hold its calls until then.
  local latest = now + ${LONGEST_SERVER_WAIT_MS} + span
  local function instant(v)
    v = tonumber(v)
    if v and v <= latest then return v end
    return nil
  end
  return {limit = tonumber(f[1]), remaining = tonumber(f[2]), e = instant(f[3]), late = instant(f[4]),
    span = span, res = tonumber(f[6]) or 1000, window = tonumber(f[7]) or 0,
    opened = math.min(instant(f[8]) or 0, now), probe = instant(f[9]) or 0, openers = tonumber(f[10]) or 0}
end
local function save(b, p, s, st)
  put(b, 'limit', st.limit); put(b, 'remaining', st.remaining); put(b, 'end', st.e); put(b, 'late', st.late)
  redis.call('HSET', b, 'span', st.span, 'res', st.res, 'window', st.window, 'opened', st.opened, 'probe', st.probe, 'openers', st.openers)
  local ttl = math.max(60000, 10 * st.span)
  redis.call('PEXPIRE', b, ttl); redis.call('PEXPIRE', p, ttl); redis.call('PEXPIRE', s, ttl)
end
-- How long a window whose end no answer told lasts, and an unanswered probe holds the line: about a window.
local function fallback(st)
  if st.span > 0 then return st.span end
  return 1000
end
local function resetAt(st)
  if st.e then return math.max(st.e, st.late or st.e) end
  if st.late then return st.late end
  if st.remaining then return st.opened + fallback(st) end
  return nil
end
`;

/**
 * Takes up to ARGV[4] slots of the route's bucket for the process ARGV[3]; returns {granted, window, waitMs, probe,
 * processes sharing the bucket}.
 * The state machine is the in-memory limiter's (src/kook/rate-limit.ts), kept in Redis and run by Redis's clock.
 *
 * A bucket's hash holds what the server said (limit, calls left, the window's end told by answers to calls of this
 * window (end) and of earlier ones (late), the longest reset seen (span, about a window) and Reset's precision (res))
 * and what the clients did (the window's number and when it opened, and the lease of a call probing a bucket whose
 * limits are unknown). The per-process hash holds each process's calls waiting (w), and let through this window (g)
 * and still in flight (i); the sorted set when each was last heard of. A process not heard of for two windows is
 * forgotten. One that dies holds nothing past its window: its slots were that window's, its calls in flight count
 * once against the next (where they may still arrive), and a probe's lease lasts about a window.
 *
 * Fairness: each process waiting is reserved an equal share of the window (at most what it waits for); a process
 * gets its share plus what nobody has reserved. Hence no process starves, whoever asks first. A process that waited
 * in the last window but has not asked in this one keeps its share for a quarter of the window only, so that one
 * that died, or no longer needs it, does not leave the rest waiting for the window's end.
 */
const ACQUIRE = script(`${PRELUDE}
local want = tonumber(ARGV[4])
local hold = tonumber(redis.call('GET', prefix .. 'hold') or '0')
if hold > now then return {0, 0, hold - now, 0, 1} end
local b, p, s = keys(redis.call('HGET', prefix .. 'routes', route) or route)
local st = load(b)
local live = math.max(2 * fallback(st), 2000)
for _, q in ipairs(redis.call('ZRANGEBYSCORE', s, '-inf', now - live)) do
  redis.call('HDEL', p, q .. ':w', q .. ':g', q .. ':i')
end
redis.call('ZREMRANGEBYSCORE', s, '-inf', now - live)
local pids = redis.call('ZRANGE', s, 0, -1, 'WITHSCORES')
redis.call('ZADD', s, now, pid)
local due = resetAt(st)
if due and due <= now then
  -- Calls of the window that ended still in flight may reach the server in the new one (it opens with the first call
  -- that arrives), so they count against it, once: a call cannot arrive two windows late.
  local carry = 0
  for i = 1, #pids, 2 do
    local q = pids[i]
    carry = carry + (tonumber(redis.call('HGET', p, q .. ':i')) or 0)
    redis.call('HDEL', p, q .. ':g', q .. ':i')
  end
  if st.limit then st.remaining = math.max(0, st.limit - carry) else st.remaining = nil end
  st.e, st.late, st.openers = nil, nil, 0
  st.window, st.opened = st.window + 1, now
end
local grace = st.opened + math.max(25, fallback(st) / 4)
local granted, probing, wait = 0, 0, 0
if st.remaining == nil then
  if st.probe > now then
    -- Another call is finding out the bucket's limits: look again soon.
    wait = math.min(st.probe - now, 25)
  else
    st.probe = now + fallback(st)
    granted, probing = 1, 1
  end
elseif st.remaining > 0 then
  local wanting, reservedByOthers = 1, 0
  local others = {}
  for i = 1, #pids, 2 do
    local q = pids[i]
    if q ~= pid and (tonumber(pids[i + 1]) >= st.opened or now < grace) then
      local v = redis.call('HMGET', p, q .. ':w', q .. ':g')
      local w, g = tonumber(v[1]) or 0, tonumber(v[2]) or 0
      if w > 0 then
        wanting = wanting + 1
        others[#others + 1] = {w, g}
      end
    end
  end
  local share = math.ceil((st.limit or st.remaining) / wanting)
  for _, o in ipairs(others) do reservedByOthers = reservedByOthers + math.min(o[1], math.max(0, share - o[2])) end
  local mine = math.max(0, share - (tonumber(redis.call('HGET', p, pid .. ':g')) or 0))
  granted = math.min(want, st.remaining, math.max(mine, st.remaining - reservedByOthers))
  st.remaining = st.remaining - granted
end
if granted == 0 and wait == 0 then
  if st.remaining and st.remaining > 0 and now < grace then
    -- What is left is others' share: until their claim lapses.
    wait = grace - now
  else
    -- Until the window ends (told, or a fallback after it opened); while its state is unknown, until an answer. Answers
    -- may yet tell an earlier end (the first may say whole seconds): never longer than a quarter window without a look.
    due = resetAt(st)
    wait = math.min(due and math.max(1, due - now) or 25, math.max(25, fallback(st) / 4))
  end
end
redis.call('HSET', p, pid .. ':w', want - granted)
if granted > 0 then
  redis.call('HINCRBY', p, pid .. ':g', granted)
  redis.call('HINCRBY', p, pid .. ':i', granted)
end
save(b, p, s, st)
local sharing = 1
for i = 1, #pids, 2 do
  if pids[i] ~= pid then sharing = sharing + 1 end
end
return {granted, st.window, wait, probing, sharing}
`);

/**
 * Ends ARGV[7] calls that one grant let through in window ARGV[4] (ARGV[5]: the grant probed), as ARGV[6] says:
 * 'answer' with what it said (bucket name, and remaining, limit, reset and its precision in ms when they can be
 * trusted, else empty; ARGV[13] '1' for a 429 that did not say so, ARGV[14] then the ms its Retry-After asked to wait,
 * or empty; ARGV[15] how many ms ago it came), 'lost' (sent, unanswered: the server may have counted it) or 'unsent'
 * (never left: the slots are given back). Returns the ms left until the bucket's window ends, -1 if that is not known.
 */
const BOOK = script(`${PRELUDE}
local w, wasProbe, how, count = tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6], tonumber(ARGV[7])
local named, told, toldLimit, reset, res = ARGV[8], tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11]), tonumber(ARGV[12])
local exhausted = ARGV[13] == '1'
-- When the answer came, by Redis's clock: its age is a duration measured where it came.
local heard = now - tonumber(ARGV[15])
local routes = prefix .. 'routes'
local name = redis.call('HGET', routes, route)
local moved = false
if named ~= '' and named ~= name then
  redis.call('HSET', routes, route, named)
  redis.call('PEXPIRE', routes, 86400000)
  if not name then
    -- The route turns out to share a named bucket: its state becomes that bucket's, unless the bucket has one.
    local from, to = {keys(route)}, {keys(named)}
    if from[1] ~= to[1] then
      local fresh = redis.call('EXISTS', to[1]) == 0
      for i = 1, 3 do
        if fresh and redis.call('EXISTS', from[i]) == 1 then redis.call('RENAME', from[i], to[i]) else redis.call('DEL', from[i]) end
      end
      moved = not fresh
    end
  else
    -- The server moved the route to another bucket: the old one's state stays with the routes still in it.
    moved = true
  end
  name = named
end
local b, p, s = keys(name or route)
local st = load(b)
redis.call('ZADD', s, now, pid)
local current = w == st.window and not moved
if current and tonumber(redis.call('HINCRBY', p, pid .. ':i', -count)) < 0 then redis.call('HSET', p, pid .. ':i', 0) end
if wasProbe and not moved then st.probe = 0 end
if how == 'unsent' then
  if current and not wasProbe and st.remaining then
    st.remaining = math.min(st.remaining + count, st.limit or (st.remaining + count))
  end
elseif how == 'answer' then
  if told then
    if toldLimit then st.limit = toldLimit end
    if res < st.res then
      -- Reset is more precise than was allowed for: the ends kept so far allowed for a coarser one.
      local finer = st.res - res
      if st.e then st.e = st.e - finer end
      if st.late then st.late = st.late - finer end
      st.span, st.res = math.max(0, st.span - finer), res
    end
    local r = reset + st.res
    if r > st.span then st.span = r end
    local told_end, half = heard + r, st.span / 2
    -- An answer with one call fewer than the limit left is its server window's first: two of them (the answer that
    -- told the window's state first, or answers to its calls) are two server windows.
    if (current or st.remaining == nil) and st.limit and told == st.limit - 1 then st.openers = math.min(2, st.openers + 1) end
    if st.remaining == nil then
      -- Calls still in flight (a second probe, sent when this answer was late) may not be counted in it yet.
      local flying = 0
      for _, q in ipairs(redis.call('ZRANGE', s, 0, -1)) do flying = flying + (tonumber(redis.call('HGET', p, q .. ':i')) or 0) end
      st.remaining, st.e, st.opened = math.max(0, told - flying), told_end, now
    else
      -- Answers arrive in any order: the lowest count is the one the server reached.
      st.remaining = math.min(st.remaining, told)
      if not current then st.late = math.max(st.late or told_end, told_end)
      elseif st.openers == 2 then st.e = math.max(st.e or told_end, told_end)
      elseif st.e == nil or told_end - st.e > half then st.e = told_end
      elseif st.e - told_end < half then st.e = math.min(st.e, told_end) end
    end
  elseif exhausted then
    -- A 429 says the bucket is empty now, even when its headers cannot be trusted: wait a fallback window, or as long
    -- as a gateway's Retry-After asked.
    st.remaining = 0
    local hold = tonumber(ARGV[14])
    if hold then st.e = heard + hold else st.e = math.max(st.e or 0, heard + fallback(st)) end
  end
end
save(b, p, s, st)
local due = resetAt(st)
if due then return math.max(0, due - now) end
return -1
`);

/** Holds every bucket for ARGV[4] ms from now, unless a longer hold is on. */
const HOLD = script(`${PRELUDE}
local ms = tonumber(ARGV[4])
local key = prefix .. 'hold'
if ms > 0 and now + ms > tonumber(redis.call('GET', key) or '0') then redis.call('SET', key, now + ms, 'PX', ms) end
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
    const asked = performance.now();
    const reply = await this.run(ACQUIRE, route, String(want));
    // What Redis answers comes from outside: anything but the script's grant is a failed command, and the calls go to
    // the local limiter, rather than, say, an undefined grant that no count of calls ever uses up.
    if (!isGrant(reply, want)) throw new Error(MALFORMED);
    const [granted, window, waitMs, probe, sharing] = reply;
    // The wait counts from when Redis ran the script, somewhere in the round trip: waking early only costs a look.
    return { granted, window, waitMs: Math.max(0, waitMs - (performance.now() - asked)), probe: probe === 1, sharing };
  }

  async book(route: string, window: number, probe: boolean, outcome: Outcome, count: number): Promise<number | undefined> {
    const how = typeof outcome === "string" ? outcome : "answer";
    const answer = typeof outcome === "string" ? undefined : outcome.answer;
    const text = (value: number | string | undefined) => (value === undefined ? "" : String(value));
    const booked = performance.now();
    const endsIn = (await this.run(
      BOOK,
      route,
      String(window),
      probe ? "1" : "0",
      how,
      String(count),
      text(answer?.bucket),
      text(answer?.limits?.remaining),
      text(answer?.limits?.limit),
      text(answer?.limits?.resetMs),
      text(answer?.limits?.resolutionMs),
      answer?.exhausted ? "1" : "0",
      text(answer?.holdMs),
      // Sent last, as late as possible: how long ago the answer came, so that Redis dates it by its own clock.
      () => String(answer ? Math.max(0, performance.now() - answer.receivedAt) : 0),
    )) as number;
    if (!Number.isSafeInteger(endsIn) || endsIn > LONGEST_SERVER_WAIT_MS) throw new Error(MALFORMED);
    return endsIn < 0 ? undefined : Math.max(0, endsIn - (performance.now() - booked));
  }

  async hold(ms: number): Promise<void> {
    await this.run(HOLD, "", String(Math.ceil(ms)));
  }

  private async run({ source, sha }: Script, route: string, ...rest: (string | (() => string))[]): Promise<unknown> {
    // A disconnected client would queue the command until Redis is back: fail now instead.
    if (!this.client.isReady) throw new Error("Redis is not connected");
    const prefix = await this.prefix;
    const args = ["0", prefix, route, this.pid, ...rest.map((arg) => (typeof arg === "string" ? arg : arg()))];
    try {
      return await this.client.sendCommand(["EVALSHA", sha, ...args]);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith("NOSCRIPT"))) throw error;
      return this.client.sendCommand(["EVAL", source, ...args]);
    }
  }
}

/** The last error of each Redis client, kept by one listener per client however many stores use it. */
const clientErrors = new WeakMap<RedisClientLike, { last: unknown }>();

function errorsOf(client: RedisClientLike): { last: unknown } {
  let errors = clientErrors.get(client);
  if (!errors) {
    const record = { last: undefined as unknown };
    // The client reports connection errors as events: this listener keeps them from crashing the process. One per
    // client: a listener per store (a bot host makes one per token) passed the client's listener limit.
    client.on("error", (error) => (record.last = error));
    clientErrors.set(client, (errors = record));
  }
  return errors;
}

/**
 * Shares a KOOK client's rate limits through Redis with every other client, in any process on any machine, that
 * calls with the same token: `createKookClient({ token, rateLimit: { store: redisStore(redis) } })`, where `redis`
 * is a connected client of the `redis` package. Keys carry a hash of the token, never the token. While Redis is
 * unreachable or slow, calls go through the client's local limiter and `onEvent` is told.
 */
export function redisStore(client: RedisClientLike, options: RedisStoreOptions = {}): RateLimitStore {
  const { prefix = "botspec:kook", timeoutMs = 2000, retryMs = 1000, onEvent } = options;
  // Both become timers: a value a timer cannot hold would fire at once, over and over.
  checkNumber("redisStore", "timeoutMs", timeoutMs, 1, LONGEST_TIMER_MS, false);
  checkNumber("redisStore", "retryMs", retryMs, 1, LONGEST_TIMER_MS, false);
  if (typeof prefix !== "string" || prefix === "") throw new TypeError("redisStore: prefix must be a non-empty string");
  if (onEvent !== undefined && typeof onEvent !== "function") throw new TypeError("redisStore: onEvent must be a function");
  if (typeof client?.sendCommand !== "function") throw new TypeError("redisStore: the client must be a connected node-redis client");
  const errors = errorsOf(client);
  return {
    limiter(scope, createLocal) {
      // A hash tag ({...}) keeps one token's keys in one Redis Cluster slot.
      const limits = new RedisLimits(client, scope.then((hash) => `${prefix}:{${hash}}:`), errors);
      return createSharedRateLimit(limits, createLocal, { timeoutMs, retryMs, onEvent });
    },
  };
}
