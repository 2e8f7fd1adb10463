/**
 * The clients' benchmark (`npm run bench`; not a test). Measures the built package entry points in dist/ (the files
 * `botspec/kook`, `botspec/tomon` and `botspec/mirai` resolve to), building dist/ first if it is missing or stale:
 *
 *   1. per-request time of each client vs raw `fetch` and vs bare openapi-fetch, against one local keep-alive
 *      server running in a worker thread: every call timed, the stacks taking turns call by call, medians compared;
 *   2. minified + gzipped size of each entry (esbuild bundle of the dist entry, minify, zlib gzip): what loads on import,
 *      and the openapi-fetch chunk loaded on demand;
 *   3. a KOOK batch of M calls under a server bucket of N calls per window: elapsed time vs the theoretical
 *      minimum, and the 429s the server sent after the first window; with Reset exact (fractional seconds) and with
 *      Reset rounded down to whole seconds, as a server may send it (then up to a second early);
 *   4. KOOK rate limits shared through Redis by several processes (bench/redis.ts).
 */
import { gzipSync } from "node:zlib";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { ensureDist } from "../test/support/dist.js";
import { sharedRateLimitBench } from "./redis.js";

await ensureDist();
// By file, not by `botspec/<api>`: tsx follows tsconfig's `paths`, which map those names to the TypeScript sources.
const distEntry = (api: string) => new URL(`../dist/${api}.js`, import.meta.url).href;
const { createKookClient } = (await import(distEntry("kook"))) as typeof import("botspec/kook");
const { createTomonClient } = (await import(distEntry("tomon"))) as typeof import("botspec/tomon");
const { createMiraiClient } = (await import(distEntry("mirai"))) as typeof import("botspec/mirai");

const token = "bench-token";
const authorization = `Bot ${token}`;

// ---------------------------------------------------------------------------------------------------------------
// 1. Per-request time

/**
 * The answering server, in its own thread so that its work is not counted in the client's. KOOK answers every call
 * with its rate-limit headers, which the client reads; here each KOOK route is a bucket too large to ever run out.
 */
const serverSource = `
const { parentPort } = require("node:worker_threads");
const http = require("node:http");
const bodies = {
  "/user/me": JSON.stringify({ code: 0, message: "操作成功", data: { id: "1", username: "bot", identify_num: "0001", avatar: "", online: true } }),
  "/thread/reply": JSON.stringify({ code: 0, message: "操作成功", data: { id: "p1", thread_id: "t1", reply_id: "", content: "hi" } }),
  "/invites/abc": JSON.stringify({ code: "abc", uses: 1, max_age: 0, max_uses: 0 }),
  "/friendList": JSON.stringify([{ id: 1, nickName: "a", remark: "" }, { id: 2, nickName: "b", remark: "" }]),
};
const LIMIT = 1000000, WINDOW_MS = 1000;
const buckets = new Map();
function rateLimitHeaders(path) {
  const now = Date.now();
  let bucket = buckets.get(path);
  if (!bucket || now >= bucket.end) buckets.set(path, (bucket = { end: now + WINDOW_MS, used: 0 }));
  bucket.used++;
  return {
    "X-Rate-Limit-Limit": String(LIMIT),
    "X-Rate-Limit-Remaining": String(LIMIT - bucket.used),
    "X-Rate-Limit-Reset": String((bucket.end - now) / 1000),
    "X-Rate-Limit-Bucket": path.slice(1),
  };
}
const server = http.createServer((request, response) => {
  const path = request.url.split("?")[0];
  const body = bodies[path] ?? "{}";
  request.resume();
  request.on("end", () => {
    response.writeHead(200, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      ...(path === "/user/me" || path === "/thread/reply" ? rateLimitHeaders(path) : {}),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

const worker = new Worker(serverSource, { eval: true });
const port = await new Promise<number>((resolve) => worker.once("message", resolve));
const baseUrl = `http://127.0.0.1:${port}`;

const kook = createKookClient({ token, baseUrl });
const kookUnlimited = createKookClient({ token, baseUrl, rateLimit: false });
const tomon = createTomonClient({ token, baseUrl });
const mirai = createMiraiClient({ authKey: "k", baseUrl });
const bare = createClient<any>({ baseUrl, headers: { Authorization: authorization } });
const reply = { channel_id: "1", thread_id: "t1", content: "hi" };

type Call = () => Promise<unknown>;
interface Case {
  name: string;
  fetch: Call;
  openapiFetch: Call;
  client: Call;
}
const get = (path: string): Call => async () => (await fetch(`${baseUrl}${path}`, { headers: { Authorization: authorization } })).json();
const cases: Case[] = [
  { name: "KOOK getCurrentUser (GET)", fetch: get("/user/me"), openapiFetch: async () => (await bare.GET("/user/me", {})).data, client: () => kook.getCurrentUser() },
  {
    name: "KOOK getCurrentUser, rateLimit: false",
    fetch: get("/user/me"),
    openapiFetch: async () => (await bare.GET("/user/me", {})).data,
    client: () => kookUnlimited.getCurrentUser(),
  },
  {
    name: "KOOK createThreadReply (POST)",
    fetch: async () =>
      (
        await fetch(`${baseUrl}/thread/reply`, {
          method: "POST",
          headers: { Authorization: authorization, "Content-Type": "application/json" },
          body: JSON.stringify(reply),
        })
      ).json(),
    openapiFetch: async () => (await bare.POST("/thread/reply", { body: reply })).data,
    client: () => kook.createThreadReply(reply),
  },
  {
    name: "Tomon getInvite (GET)",
    fetch: get("/invites/abc"),
    openapiFetch: async () => (await bare.GET("/invites/{inviteCode}", { params: { path: { inviteCode: "abc" } } })).data,
    client: () => tomon.getInvite({ inviteCode: "abc" }),
  },
  {
    name: "mirai listFriends (GET)",
    fetch: get("/friendList?sessionKey=s1"),
    openapiFetch: async () => (await bare.GET("/friendList", { params: { query: { sessionKey: "s1" } } })).data,
    client: () => mirai.listFriends({ sessionKey: "s1" }),
  },
];

/**
 * Warm-up rounds, each calling every stack of every case once, before any call is timed. A bot is a long-running
 * process: its steady state is what to compare. V8 optimises a function after it has run for a while, and a call
 * made once per request takes thousands of requests to get there; in a shorter warm-up the code that differs between
 * the stacks is still interpreted, which is the warm-up's cost, not the stack's.
 */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP ?? 4000);
const CALLS = Number(process.env.BENCH_CALLS ?? 6000);

/** The q-quantile of `values`, interpolating between neighbours. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  return sorted[below]! + (sorted[Math.ceil(position)]! - sorted[below]!) * (position - below);
}

type Stack = "fetch" | "openapiFetch" | "client";
// Every order of the three stacks in turn, so that each runs first, last, and after each other one equally often.
const orders: Stack[][] = [
  ["fetch", "openapiFetch", "client"],
  ["fetch", "client", "openapiFetch"],
  ["openapiFetch", "fetch", "client"],
  ["openapiFetch", "client", "fetch"],
  ["client", "fetch", "openapiFetch"],
  ["client", "openapiFetch", "fetch"],
];

/**
 * Times every call on its own, the three stacks taking turns call by call, so that whatever slows the machine down for
 * a while (the scheduler, the other thread, the collector) falls on all three alike; the median call is then compared.
 */
async function timeCalls(c: Case): Promise<Record<Stack, number[]>> {
  const times: Record<Stack, number[]> = { fetch: [], openapiFetch: [], client: [] };
  for (let i = 0; i < CALLS; i++) {
    for (const stack of orders[i % orders.length]!) {
      const started = performance.now();
      await c[stack]();
      times[stack].push((performance.now() - started) * 1000);
    }
  }
  return times;
}

for (let i = 0; i < WARMUP_ROUNDS; i++) {
  for (const c of cases) for (const stack of orders[i % orders.length]!) await c[stack]();
}
const timeRows: string[][] = [];
for (const c of cases) {
  const times = await timeCalls(c);
  const at = (stack: Stack, q: number) => quantile(times[stack], q);
  timeRows.push([
    c.name,
    ...(["fetch", "openapiFetch", "client"] as const).map((stack) => `${at(stack, 0.5).toFixed(1)} [${at(stack, 0.25).toFixed(0)}–${at(stack, 0.75).toFixed(0)}]`),
    (at("client", 0.5) / at("fetch", 0.5)).toFixed(3),
    (at("client", 0.5) / at("openapiFetch", 0.5)).toFixed(3),
  ]);
}
await worker.terminate();

console.log(`\nPer-request time, one call in flight: median of ${CALLS} calls per stack (quartiles in brackets), the stacks taking turns call by call, after ${WARMUP_ROUNDS} warm-up rounds over every case`);
console.log("goal client/fetch ≤ 1.05");
printTable(["call", "fetch µs", "openapi-fetch µs", "client µs", "client/fetch", "client/openapi-fetch"], timeRows);

// ---------------------------------------------------------------------------------------------------------------
// 2. Bundle size

interface Size {
  minified: number;
  gzipped: number;
}

/**
 * An esbuild bundle of `contents`, minified and split at dynamic imports: the size of the files loaded on import (the
 * entry and what it imports statically) and of those loaded on demand, each file gzipped on its own as it is fetched.
 */
async function bundleSizes(contents: string): Promise<{ onImport: Size; onDemand: Size }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    splitting: true,
    outdir: "bench-out",
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const outputs = result.metafile!.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint)!;
  const onImport = new Set<string>();
  for (const pending = [entry]; pending.length > 0; ) {
    const name = pending.pop()!;
    if (onImport.has(name)) continue;
    onImport.add(name);
    pending.push(...outputs[name]!.imports.filter((i) => i.kind === "import-statement").map((i) => i.path));
  }
  const sizes = { onImport: { minified: 0, gzipped: 0 }, onDemand: { minified: 0, gzipped: 0 } };
  for (const file of result.outputFiles) {
    const size = [...onImport].some((name) => file.path.endsWith(`/${name}`)) ? sizes.onImport : sizes.onDemand;
    size.minified += file.contents.length;
    size.gzipped += gzipSync(file.contents, { level: 9 }).length;
  }
  return sizes;
}

const entries = ["kook", "tomon", "mirai"];
// The dist files by path: esbuild would follow tsconfig's `paths` from `botspec/<api>` to the TypeScript sources.
const distFile = (api: string) => `./dist/${api}.js`;
const bundles = await Promise.all(entries.map((api) => bundleSizes(`export * from "${distFile(api)}";`)));
const together = await bundleSizes(entries.map((api) => `export * as ${api} from "${distFile(api)}";`).join("\n"));
const kB = (bytes: number) => (bytes / 1000).toFixed(2);
console.log("\nEntry size: esbuild bundle of the dist entry, minified and split at dynamic imports, each file gzip -9; goal ≤ 6 kB each, ≤ 10 kB all three");
console.log("(openapi-fetch is a chunk of its own, loaded with the first request through `raw` or while middleware is registered)");
printTable(
  ["entry", "on import, minified kB", "on import, gzipped kB", "openapi-fetch chunk, gzipped kB", "both, gzipped kB"],
  [...entries.map((api, i) => [`botspec/${api}`, bundles[i]!] as const), ["all three, one bundle", together] as const].map(([name, { onImport, onDemand }]) => [
    name,
    kB(onImport.minified),
    kB(onImport.gzipped),
    kB(onDemand.gzipped),
    kB(onImport.gzipped + onDemand.gzipped),
  ]),
);

// ---------------------------------------------------------------------------------------------------------------
// 3. KOOK rate limits

/**
 * A KOOK bucket of N calls per window of W ms on /user/view, in its own thread; a window opens with the first call
 * that arrives after the previous one closed, as KOOK's do. Calls over the limit get 429 and are counted.
 */
const bucketServerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { perWindow, windowMs, roundReset } = workerData;
let windowEnd = 0, used = 0, firstWindowEnd = 0, rejected = 0, rejectedAfterFirstWindow = 0;
const server = http.createServer((request, response) => {
  const now = Date.now();
  if (now >= windowEnd) {
    windowEnd = now + windowMs;
    used = 0;
    firstWindowEnd ||= windowEnd;
  }
  const allowed = used < perWindow;
  if (allowed) used++;
  else {
    rejected++;
    if (now >= firstWindowEnd) rejectedAfterFirstWindow++;
  }
  const body = JSON.stringify({ code: allowed ? 0 : 429, message: allowed ? "操作成功" : "too many requests", data: { id: "1" } });
  request.resume();
  request.on("end", () => {
    response.writeHead(allowed ? 200 : 429, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Rate-Limit-Limit": String(perWindow),
      "X-Rate-Limit-Remaining": String(perWindow - used),
      "X-Rate-Limit-Reset": String(roundReset ? Math.floor((windowEnd - now) / 1000) : (windowEnd - now) / 1000),
      "X-Rate-Limit-Bucket": "user/view",
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => parentPort.postMessage({ rejected, rejectedAfterFirstWindow }));
`;

interface BatchResult {
  elapsedMs: number;
  minimumMs: number;
  rejected: number;
  rejectedAfterFirstWindow: number;
  failed: number;
}

/** M concurrent calls; the theoretical minimum is ceil(M / N) - 1 windows: the last window's calls go out as it opens. */
async function rateLimitedBatch(calls: number, perWindow: number, windowMs: number, rateLimit: boolean, roundReset: boolean): Promise<BatchResult> {
  const bucketServer = new Worker(bucketServerSource, { eval: true, workerData: { perWindow, windowMs, roundReset } });
  const bucketPort = await new Promise<number>((resolve) => bucketServer.once("message", resolve));
  const client = createKookClient({ token, baseUrl: `http://127.0.0.1:${bucketPort}`, rateLimit, retry: { rateLimitRetries: 100 } });
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: calls }, (_, i) => client.getUser({ user_id: String(i) })));
  const elapsedMs = performance.now() - started;
  bucketServer.postMessage("stats");
  const stats = await new Promise<{ rejected: number; rejectedAfterFirstWindow: number }>((resolve) => bucketServer.once("message", resolve));
  await bucketServer.terminate();
  return {
    elapsedMs,
    minimumMs: (Math.ceil(calls / perWindow) - 1) * windowMs,
    ...stats,
    failed: results.filter((result) => result.status === "rejected").length,
  };
}

const batches = [
  { calls: 500, perWindow: 100, windowMs: 1000 },
  { calls: 1000, perWindow: 250, windowMs: 1000 },
];
const rows: string[][] = [];
const runs = [false, true].flatMap((roundReset) => batches.flatMap((batch) => [true, false].map((rateLimit) => ({ ...batch, rateLimit, roundReset }))));
for (const { calls, perWindow, windowMs, rateLimit, roundReset } of runs) {
  const r = await rateLimitedBatch(calls, perWindow, windowMs, rateLimit, roundReset);
  rows.push([
    `M=${calls}, N=${perWindow} per ${windowMs} ms`,
    roundReset ? "whole s, rounded down" : "exact",
    rateLimit ? "on (default)" : "off (429 + retry)",
    r.elapsedMs.toFixed(0),
    r.minimumMs.toFixed(0),
    (r.elapsedMs / r.minimumMs).toFixed(3),
    String(r.rejectedAfterFirstWindow),
    String(r.rejected),
    String(r.failed),
  ]);
}
console.log("\nKOOK batch of M concurrent calls under a server bucket: goal elapsed/minimum ≤ 1.10 and no 429 after the first window");
printTable(["batch", "Reset sent", "client rate limiter", "elapsed ms", "minimum ms", "elapsed/min", "429s after 1st window", "429s total", "failed calls"], rows);

// ---------------------------------------------------------------------------------------------------------------
// 4. KOOK rate limits shared through Redis

await sharedRateLimitBench(printTable);

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i === 0 ? `-${"-".repeat(width)}-` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const row of body) console.log(line(row));
}
