/**
 * Section 4 of `npm run bench`: KOOK rate limits shared through Redis (the `rateLimit.store` option), against a real
 * `redis-server` started on a free port and a KOOK-like server in a worker thread:
 *
 *   a. P processes × C concurrent getUser calls on one token under a server bucket of N calls per window: elapsed
 *      time vs the theoretical minimum and the 429s after the first window, with the Redis store and without it;
 *   b. the same with Redis killed in the middle of the run and restarted: calls completed, calls the server processed
 *      twice, and the 429s while the processes were on their local limiters;
 *   c. per-call cost of the Redis store against the in-memory limiter: one call in flight, the two clients taking
 *      turns call by call, medians compared.
 *
 * BENCH_REDIS_DEBUG=1 prints each run's server windows: when each opened (ms), the calls it let through (+) and the
 * 429s (x) per process.
 */
import { fork } from "node:child_process";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { createClient } from "redis";
import { startRedis, type RedisServer } from "../test/support/redis-server.js";

type PrintTable = (header: string[], body: string[][]) => void;

const kookEntry = new URL("../dist/kook.js", import.meta.url).href;
const redisEntry = new URL("../dist/kook-redis.js", import.meta.url).href;

/**
 * A KOOK bucket of N calls per window of W ms on /user/view, shared by every caller; a window opens with the first
 * call that arrives after the previous one closed, as KOOK's do. Every call is logged: when it arrived (ms since the
 * server started), its user_id and whether it got through.
 */
const bucketServerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { perWindow, windowMs } = workerData;
const origin = Date.now();
let windowEnd = 0, used = 0;
let log = [];
const server = http.createServer((request, response) => {
  const now = Date.now();
  if (now >= windowEnd) {
    windowEnd = now + windowMs;
    used = 0;
  }
  const allowed = used < perWindow;
  if (allowed) used++;
  const id = new URL(request.url, "http://x").searchParams.get("user_id");
  log.push([now - origin, id, allowed ? 1 : 0, now + windowMs - windowEnd === 0 ? 1 : 0]);
  const body = JSON.stringify({ code: allowed ? 0 : 429, message: allowed ? "操作成功" : "too many requests", data: { id } });
  request.resume();
  request.on("end", () => {
    response.writeHead(allowed ? 200 : 429, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Rate-Limit-Limit": String(perWindow),
      "X-Rate-Limit-Remaining": String(perWindow - used),
      "X-Rate-Limit-Reset": String((windowEnd - now) / 1000),
      "X-Rate-Limit-Bucket": "user/view",
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.address().port }));
parentPort.on("message", (message) => {
  if (message === "now") return parentPort.postMessage({ now: Date.now() - origin });
  parentPort.postMessage({ log });
  log = [];
});
`;

/** One logged call: [ms since the server started, user_id, 1 if it got through, 1 if it opened a window]. */
type Call = [number, string, 0 | 1, 0 | 1];

interface ProcessReport {
  elapsedMs: number;
  failed: number;
  firstFailure: string | undefined;
  events: string[];
}

interface RunResult {
  elapsedMs: number;
  calls: Call[];
  reports: ProcessReport[];
  /** Server times (ms since it started) of the outage's start and end, if Redis was killed. */
  outage?: { from: number; to: number };
}

async function request<T>(worker: Worker, message: string): Promise<T> {
  const answer = new Promise<T>((resolve) => worker.once("message", resolve));
  worker.postMessage(message);
  return answer;
}

/** P forked processes, each with C calls fired at once when all are ready. */
async function runProcesses(
  server: Worker,
  baseUrl: string,
  redis: RedisServer | undefined,
  processes: number,
  calls: number,
  outage?: { atMs: number; forMs: number },
): Promise<RunResult> {
  const children = Array.from({ length: processes }, () => fork(new URL("./redis-process.ts", import.meta.url), { execArgv: ["--import", "tsx"] }));
  const ready = children.map((child) => new Promise((resolve) => child.once("message", resolve)));
  children.forEach((child, i) => child.send({ kookEntry, redisEntry, baseUrl, redisUrl: redis?.url, calls, tag: `p${i}` }));
  await Promise.all(ready);
  const reports = children.map((child) => new Promise<ProcessReport>((resolve) => child.once("message", resolve)));
  await request(server, "log");
  const started = performance.now();
  for (const child of children) child.send("go");
  let window: RunResult["outage"];
  if (outage && redis) {
    await new Promise((resolve) => setTimeout(resolve, outage.atMs));
    const from = (await request<{ now: number }>(server, "now")).now;
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, outage.forMs));
    await redis.restart();
    window = { from, to: (await request<{ now: number }>(server, "now")).now };
  }
  const done = await Promise.all(reports);
  const elapsedMs = performance.now() - started;
  const { log } = await request<{ log: Call[] }>(server, "log");
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : undefined)));
  return { elapsedMs, calls: log, reports: done, ...(window ? { outage: window } : {}) };
}

/** 429s answered after the server's first window closed. */
function rejectedAfterFirstWindow(calls: Call[], windowMs: number): number {
  const opened = calls.find((call) => call[3] === 1);
  if (!opened) return 0;
  return calls.filter((call) => call[2] === 0 && call[0] >= opened[0] + windowMs).length;
}

function duplicates(calls: Call[]): number {
  const seen = new Set<string>();
  let twice = 0;
  for (const [, id, allowed] of calls) {
    if (!allowed) continue;
    if (seen.has(id)) twice++;
    seen.add(id);
  }
  return twice;
}

/** The unlimited KOOK-like server of the per-call comparison: every call gets through, with rate-limit headers. */
const fastServerSource = `
const { parentPort } = require("node:worker_threads");
const http = require("node:http");
let windowEnd = 0, used = 0;
const server = http.createServer((request, response) => {
  const now = Date.now();
  if (now >= windowEnd) { windowEnd = now + 1000; used = 0; }
  used++;
  const body = JSON.stringify({ code: 0, message: "操作成功", data: { id: "1", username: "bot" } });
  request.resume();
  request.on("end", () => {
    response.writeHead(200, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Rate-Limit-Limit": "100000",
      "X-Rate-Limit-Remaining": String(100000 - used),
      "X-Rate-Limit-Reset": String((windowEnd - now) / 1000),
      "X-Rate-Limit-Bucket": "user/view",
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

/** Medians of one call in flight through the in-memory limiter and through the Redis store, taking turns. */
async function perCallCost(redis: RedisServer, rounds: number, warmup: number) {
  const { createKookClient } = (await import(kookEntry)) as typeof import("botspec/kook");
  const { redisStore } = (await import(redisEntry)) as typeof import("botspec/kook/redis");
  const worker = new Worker(fastServerSource, { eval: true });
  const port = await new Promise<number>((resolve) => worker.once("message", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const connection = createClient({ url: redis.url });
  await connection.connect();
  const memory = createKookClient({ token: "bench-cost-token", baseUrl });
  const shared = createKookClient({ token: "bench-cost-token", baseUrl, rateLimit: { store: redisStore(connection) } });
  const stacks = { memory: () => memory.getUser({ user_id: "1" }), shared: () => shared.getUser({ user_id: "1" }) };
  const times = { memory: [] as number[], shared: [] as number[] };
  for (let i = 0; i < warmup + rounds; i++) {
    for (const name of i % 2 === 0 ? (["memory", "shared"] as const) : (["shared", "memory"] as const)) {
      const started = performance.now();
      await stacks[name]();
      if (i >= warmup) times[name].push((performance.now() - started) * 1000);
    }
  }
  await connection.close();
  await worker.terminate();
  return { memory: median(times.memory), shared: median(times.shared) };
}

export async function sharedRateLimitBench(printTable: PrintTable): Promise<void> {
  const processes = Number(process.env.BENCH_REDIS_PROCESSES ?? 4);
  const calls = Number(process.env.BENCH_REDIS_CALLS ?? 250);
  const perWindow = 100;
  const windowMs = 1000;
  const minimumMs = (Math.ceil((processes * calls) / perWindow) - 1) * windowMs;

  const redis = await startRedis();
  const server = new Worker(bucketServerSource, { eval: true, workerData: { perWindow, windowMs } });
  const { port } = await new Promise<{ port: number }>((resolve) => server.once("message", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const rows: string[][] = [];
    const outageRows: string[][] = [];
    const variants = (process.env.BENCH_REDIS_VARIANTS ?? "redis,local,outage").split(",") as ("redis" | "local" | "outage")[];
    for (const variant of variants) {
      const outage = variant === "outage" ? { atMs: 3000, forMs: 2000 } : undefined;
      const run = await runProcesses(server, baseUrl, variant === "local" ? undefined : redis, processes, calls, outage);
      const failed = run.reports.reduce((sum, report) => sum + report.failed, 0);
      const through = run.calls.filter((call) => call[2] === 1).length;
      rows.push([
        variant === "redis" ? "Redis store" : variant === "local" ? "in-memory, each process alone" : "Redis store, Redis killed at 3 s for 2 s",
        run.elapsedMs.toFixed(0),
        minimumMs.toFixed(0),
        (run.elapsedMs / minimumMs).toFixed(3),
        String(rejectedAfterFirstWindow(run.calls, windowMs)),
        String(run.calls.length - through),
        `${through}/${processes * calls}`,
        String(duplicates(run.calls)),
        String(failed),
        run.reports.map((report) => (report.elapsedMs / 1000).toFixed(1)).join(" "),
      ]);
      if (run.outage) {
        const { from, to } = run.outage;
        // Until every process is back on Redis: it reconnects with backoff, then waits the store's retryMs.
        const inOutage = run.calls.filter((call) => call[2] === 0 && call[0] >= from && call[0] < to + 2000).length;
        const events = run.reports.map((report) => report.events.join("→") || "none").join(", ");
        outageRows.push([`${(to - from).toFixed(0)} ms down`, String(inOutage), events]);
      }
      if (process.env.BENCH_REDIS_DEBUG) {
        console.log(variant, run.reports.map((report) => report.events.join("→")));
        const windows: string[] = [];
        for (const call of run.calls) {
          if (call[3] === 1) windows.push(`${call[0]}:`);
          windows[windows.length - 1] += call[2] ? "+" : `x${call[1].slice(1, 2)}`;
        }
        console.log(windows.map((w) => w.replace(/\++/g, (m) => `${m.length}+`).replace(/(x\d)+/g, (m) => `${m.length / 2}x[${[0, 1, 2, 3].map((p) => m.split(`x${p}`).length - 1).join(",")}]`)).join(" "));
      }
      const firstFailure = run.reports.find((report) => report.firstFailure)?.firstFailure;
      if (firstFailure) console.log(`(${variant}: first failure: ${firstFailure})`);
    }
    console.log(
      `\nKOOK rate limits shared through Redis: ${processes} processes × ${calls} concurrent getUser on one token, server bucket N=${perWindow} per ${windowMs} ms; goal elapsed/min ≤ 1.15 and no 429 after the first window with the store`,
    );
    printTable(
      ["client rate limiter", "elapsed ms", "minimum ms", "elapsed/min", "429s after 1st window", "429s total", "calls through", "sent twice", "failed calls", "each process done (s)"],
      rows,
    );
    console.log(`(load average of the machine, 1 min: ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`);
    console.log("\nThe outage: 429s from Redis's kill until 2 s after its restart, and what each process's store reported (onEvent)");
    printTable(["outage", "429s", "events per process"], outageRows);

    const rounds = Number(process.env.BENCH_REDIS_ROUNDS ?? 3000);
    const cost = await perCallCost(redis, rounds, Number(process.env.BENCH_REDIS_WARMUP ?? 1000));
    console.log(`\nPer-call cost of the Redis store, one call in flight: median of ${rounds} calls each, the two clients taking turns call by call`);
    printTable(
      ["rate limiter", "median µs", "vs in-memory"],
      [
        ["in-memory (default)", cost.memory.toFixed(1), "1.000"],
        ["Redis store (one EVALSHA per call, one booking sent after the answer)", cost.shared.toFixed(1), (cost.shared / cost.memory).toFixed(3)],
      ],
    );
  } finally {
    await server.terminate();
    await redis.stop();
  }
}
