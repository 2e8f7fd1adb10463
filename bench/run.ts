/**
 * The clients' benchmark (`npm run bench`; not a test). Measures the built package entry points in dist/ (the files
 * `botspec/kook`, `botspec/tomon`, `botspec/mirai` and `botspec/raw` resolve to), building dist/ first if it is missing
 * or stale. Every figure is printed beside its contender, measured in the same run; docs/performance.md explains the
 * method and records results.
 *
 *   1. per-request time of each client vs raw `fetch`, `undici.request` and bare openapi-fetch, against one local
 *      keep-alive server running in a worker thread: every call timed, the stacks taking turns call by call, medians
 *      compared; then calls per second with 64 in flight;
 *   2. minified + gzipped size of each entry, as a single-file bundle and split at dynamic imports;
 *   3. cold start in fresh processes: import time vs openapi-fetch's, import plus the first answer vs raw fetch's,
 *      heap per client vs an openapi-fetch client's;
 *   4. a KOOK batch of M calls under a server bucket of N calls per window: elapsed time vs the theoretical minimum
 *      and the 429s after the first window, on loopback and through added latency, with Reset exact and in whole
 *      seconds;
 *   5. KOOK rate limits shared through Redis by several processes (bench/redis.ts).
 *
 * BENCH_CALLS, BENCH_WARMUP, BENCH_THROUGHPUT_CALLS and BENCH_COLD set the sample counts; BENCH_ONLY=time,size,cold,limits,redis
 * runs some parts.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { request as undiciRequest } from "undici";
import { ensureDist } from "../test/support/dist.js";
import { sendWithUndici } from "./undici-transport.js";
import { sharedRateLimitBench } from "./redis.js";

await ensureDist();
// By file, not by `botspec/<api>`: tsx follows tsconfig's `paths`, which map those names to the TypeScript sources.
const distEntry = (name: string) => new URL(`../dist/${name}.js`, import.meta.url).href;
const { createKookClient } = (await import(distEntry("kook"))) as typeof import("botspec/kook");
const { createTomonClient } = (await import(distEntry("tomon"))) as typeof import("botspec/tomon");
const { createMiraiClient } = (await import(distEntry("mirai"))) as typeof import("botspec/mirai");

const only = process.env.BENCH_ONLY?.split(",");
const runs = (part: string) => !only || only.includes(part);
const token = "bench-token";
const authorization = `Bot ${token}`;

/** Each goal with its figure and contender, printed again together at the end. */
const goals: { goal: string; figure: string; contender: string; met: boolean }[] = [];
function goal(name: string, figure: string, contender: string, met: boolean): void {
  goals.push({ goal: name, figure, contender, met });
}

/** The q-quantile of `values`, interpolating between neighbours. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  return sorted[below]! + (sorted[Math.ceil(position)]! - sorted[below]!) * (position - below);
}
const median = (values: number[]) => quantile(values, 0.5);

// ---------------------------------------------------------------------------------------------------------------
// The answering server, in its own thread so that its work is not counted in the client's. KOOK answers every call
// with its rate-limit headers, which the client reads; here each KOOK route is a bucket too large to ever run out.

const serverSource = `
const { parentPort } = require("node:worker_threads");
const http = require("node:http");
const bodies = {
  "/user/me": JSON.stringify({ code: 0, message: "操作成功", data: { id: "1", username: "bot", identify_num: "0001", avatar: "", online: true } }),
  "/thread/reply": JSON.stringify({ code: 0, message: "操作成功", data: { id: "p1", thread_id: "t1", reply_id: "", content: "hi" } }),
  "/invites/abc": JSON.stringify({ code: "abc", uses: 1, max_age: 0, max_uses: 0 }),
  "/friendList": JSON.stringify([{ id: 1, nickName: "a", remark: "" }, { id: 2, nickName: "b", remark: "" }]),
};
// The most per window the client believes (src/kook/rate-limit.ts), far more than one second of calls here.
const LIMIT = 100000, WINDOW_MS = 1000;
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

// ---------------------------------------------------------------------------------------------------------------
// 1. Per-request time and throughput

const viaUndici = { sendDirect: sendWithUndici } as object;
const kook = createKookClient({ token, baseUrl });
const kookUndici = createKookClient({ token, baseUrl, ...viaUndici });
const kookUnlimited = createKookClient({ token, baseUrl, rateLimit: false });
const kookUnlimitedUndici = createKookClient({ token, baseUrl, rateLimit: false, ...viaUndici });
const tomon = createTomonClient({ token, baseUrl });
const tomonUndici = createTomonClient({ token, baseUrl, ...viaUndici });
const mirai = createMiraiClient({ authKey: "k", baseUrl });
const miraiUndici = createMiraiClient({ authKey: "k", baseUrl, ...viaUndici });
const bare = createClient<any>({ baseUrl, headers: { Authorization: authorization } });
const reply = { channel_id: "1", thread_id: "t1", content: "hi" };

type Call = () => Promise<unknown>;
const stacks = ["fetch", "undici", "openapiFetch", "client", "clientUndici"] as const;
type Stack = (typeof stacks)[number];
const stackNames: Record<Stack, string> = {
  fetch: "fetch",
  undici: "undici.request",
  openapiFetch: "openapi-fetch",
  client: "client",
  clientUndici: "client, undici transport (prototype)",
};
type Case = { name: string } & Record<Stack, Call>;

const get = (path: string): Pick<Case, "fetch" | "undici"> => ({
  fetch: async () => (await fetch(`${baseUrl}${path}`, { headers: { Authorization: authorization } })).json(),
  undici: async () => (await undiciRequest(`${baseUrl}${path}`, { headers: { Authorization: authorization } })).body.json(),
});
const post = (path: string, body: object): Pick<Case, "fetch" | "undici"> => {
  const init = { method: "POST" as const, headers: { Authorization: authorization, "Content-Type": "application/json" } };
  return {
    fetch: async () => (await fetch(`${baseUrl}${path}`, { ...init, body: JSON.stringify(body) })).json(),
    undici: async () => (await undiciRequest(`${baseUrl}${path}`, { ...init, body: JSON.stringify(body) })).body.json(),
  };
};
const cases: Case[] = [
  {
    name: "KOOK getCurrentUser (GET)",
    ...get("/user/me"),
    openapiFetch: async () => (await bare.GET("/user/me", {})).data,
    client: () => kook.getCurrentUser(),
    clientUndici: () => kookUndici.getCurrentUser(),
  },
  {
    name: "KOOK getCurrentUser, rateLimit: false",
    ...get("/user/me"),
    openapiFetch: async () => (await bare.GET("/user/me", {})).data,
    client: () => kookUnlimited.getCurrentUser(),
    clientUndici: () => kookUnlimitedUndici.getCurrentUser(),
  },
  {
    name: "KOOK createThreadReply (POST)",
    ...post("/thread/reply", reply),
    openapiFetch: async () => (await bare.POST("/thread/reply", { body: reply })).data,
    client: () => kook.createThreadReply(reply),
    clientUndici: () => kookUndici.createThreadReply(reply),
  },
  {
    name: "Tomon getInvite (GET)",
    ...get("/invites/abc"),
    openapiFetch: async () => (await bare.GET("/invites/{inviteCode}", { params: { path: { inviteCode: "abc" } } })).data,
    client: () => tomon.getInvite({ inviteCode: "abc" }),
    clientUndici: () => tomonUndici.getInvite({ inviteCode: "abc" }),
  },
  {
    name: "mirai listFriends (GET)",
    ...get("/friendList?sessionKey=s1"),
    openapiFetch: async () => (await bare.GET("/friendList", { params: { query: { sessionKey: "s1" } } })).data,
    client: () => mirai.listFriends({ sessionKey: "s1" }),
    clientUndici: () => miraiUndici.listFriends({ sessionKey: "s1" }),
  },
];

/**
 * Warm-up rounds, each calling every stack of every case once, before any call is timed. A bot is a long-running
 * process: its steady state is what to compare. V8 optimises a function after it has run for a while, and a call
 * made once per request takes thousands of requests to get there; in a shorter warm-up the code that differs between
 * the stacks is still interpreted, which is the warm-up's cost, not the stack's.
 */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP ?? 3000);
const CALLS = Number(process.env.BENCH_CALLS ?? 4000);

// Every rotation of the stacks, forwards and backwards, in turn: each runs first, last, and after each other one.
const orders: Stack[][] = stacks.flatMap((_, shift) => {
  const rotated = [...stacks.slice(shift), ...stacks.slice(0, shift)];
  return [rotated, [...rotated].reverse()];
});

/**
 * Times every call on its own, the stacks taking turns call by call, so that whatever slows the machine down for a
 * while (the scheduler, the other thread, the collector) falls on all of them alike; the median call is compared.
 */
async function timeCalls(c: Case): Promise<Record<Stack, number[]>> {
  const times = Object.fromEntries(stacks.map((stack) => [stack, [] as number[]])) as Record<Stack, number[]>;
  for (let i = 0; i < CALLS; i++) {
    for (const stack of orders[i % orders.length]!) {
      const started = performance.now();
      await c[stack]();
      times[stack].push((performance.now() - started) * 1000);
    }
  }
  return times;
}

/** Calls per second with `inFlight` calls kept in flight, for `total` calls. */
async function throughput(call: Call, total: number, inFlight: number): Promise<number> {
  let started = 0;
  const started_at = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < total) await call();
    }),
  );
  return total / ((performance.now() - started_at) / 1000);
}

if (runs("time")) {
  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    for (const c of cases) for (const stack of orders[i % orders.length]!) await c[stack]();
  }
  const rows: string[][] = [];
  let worstFetch = 0;
  let worstUndici = 0;
  let worstPrototype = 0;
  for (const c of cases) {
    const times = await timeCalls(c);
    const at = (stack: Stack, q: number) => quantile(times[stack], q);
    const ratio = (a: Stack, b: Stack) => at(a, 0.5) / at(b, 0.5);
    worstFetch = Math.max(worstFetch, ratio("client", "fetch"));
    worstUndici = Math.max(worstUndici, ratio("client", "undici"));
    worstPrototype = Math.max(worstPrototype, ratio("clientUndici", "undici"));
    rows.push([
      c.name,
      ...stacks.map((stack) => `${at(stack, 0.5).toFixed(1)} [${at(stack, 0.25).toFixed(0)}–${at(stack, 0.75).toFixed(0)}]`),
      ratio("client", "fetch").toFixed(3),
      ratio("client", "openapiFetch").toFixed(3),
      ratio("undici", "fetch").toFixed(3),
      ratio("clientUndici", "undici").toFixed(3),
    ]);
  }
  console.log(`\nPer-request time, one call in flight: median µs of ${CALLS} calls per stack (quartiles in brackets), the stacks taking turns call by call, after ${WARMUP_ROUNDS} warm-up rounds`);
  printTable(
    ["call", ...stacks.map((stack) => `${stackNames[stack]} µs`), "client/fetch", "client/openapi-fetch", "undici.request/fetch", "prototype/undici.request"],
    rows,
  );
  goal("per call ≤ 1.05× raw fetch (worst case)", `${worstFetch.toFixed(3)}×`, "raw fetch", worstFetch <= 1.05);
  goal("undici transport prototype ≤ 1.15× undici.request per call (worst case)", `${worstPrototype.toFixed(3)}×`, "undici.request", worstPrototype <= 1.15);
  console.log(`client vs undici.request, worst case: ${worstUndici.toFixed(3)}×`);

  const THROUGHPUT_CALLS = Number(process.env.BENCH_THROUGHPUT_CALLS ?? 8000);
  const contenders: [string, Call][] = [
    ["fetch", cases[1]!.fetch],
    ["undici.request", cases[1]!.undici],
    ["client (rateLimit: false)", cases[1]!.client],
    ["client, undici transport (prototype)", cases[1]!.clientUndici],
  ];
  const rates = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  for (let round = 0; round < 3; round++) {
    for (const [name, call] of round % 2 ? [...contenders].reverse() : contenders) rates.get(name)!.push(await throughput(call, THROUGHPUT_CALLS, 64));
  }
  const rate = (name: string) => median(rates.get(name)!);
  console.log(`\nThroughput, 64 calls in flight (GET /user/me): calls per second, median of 3 rounds of ${THROUGHPUT_CALLS} calls`);
  printTable(
    ["stack", "calls/s", "vs fetch", "vs undici.request"],
    contenders.map(([name]) => [name, rate(name).toFixed(0), (rate(name) / rate("fetch")).toFixed(2), (rate(name) / rate("undici.request")).toFixed(2)]),
  );
  const prototypeShare = rate("client, undici transport (prototype)") / rate("undici.request");
  goal("undici transport prototype ≥ 0.8× undici.request's throughput", `${prototypeShare.toFixed(2)}×`, "undici.request", prototypeShare >= 0.8);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Bundle size

interface Size {
  minified: number;
  gzipped: number;
}
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/**
 * An esbuild bundle of `contents`, minified, for a browser or any runtime (platform neutral). Split at dynamic imports:
 * the size of the files loaded on import (the entry and what it imports statically) and of those loaded on demand,
 * each file gzipped on its own as it is fetched. Single-file: one file, what a bundler without code splitting makes.
 */
async function bundleSizes(contents: string): Promise<{ onImport: Size; onDemand: Size; singleFile: Size }> {
  const options = {
    stdin: { contents, resolveDir: process.cwd(), loader: "js" as const, sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    outdir: "bench-out",
    format: "esm" as const,
    platform: "neutral" as const,
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent" as const,
  };
  const result = await build({ ...options, splitting: true, metafile: true });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint)!;
  const onImport = new Set<string>();
  for (const pending = [entry]; pending.length > 0; ) {
    const name = pending.pop()!;
    if (onImport.has(name)) continue;
    onImport.add(name);
    pending.push(...outputs[name]!.imports.filter((i) => i.kind === "import-statement").map((i) => i.path));
  }
  const sizes = { onImport: { minified: 0, gzipped: 0 }, onDemand: { minified: 0, gzipped: 0 } };
  for (const file of result.outputFiles!) {
    const size = [...onImport].some((name) => file.path.endsWith(`/${name}`)) ? sizes.onImport : sizes.onDemand;
    size.minified += file.contents.length;
    size.gzipped += gzip(file.contents);
  }
  const single = (await build({ ...options, splitting: false })).outputFiles![0]!.contents;
  return { ...sizes, singleFile: { minified: single.length, gzipped: gzip(single) } };
}

if (runs("size")) {
  const kB = (bytes: number) => (bytes / 1000).toFixed(2);
  const entries: [string, string][] = [
    ["botspec/kook", 'export * from "./dist/kook.js";'],
    ["botspec/tomon", 'export * from "./dist/tomon.js";'],
    ["botspec/mirai", 'export * from "./dist/mirai.js";'],
    ["botspec/raw (withRaw, openapi-fetch)", 'export * from "./dist/raw.js";'],
    ["all three clients, one bundle", ["kook", "tomon", "mirai"].map((api) => `export * as ${api} from "./dist/${api}.js";`).join("\n")],
    ["app: one KOOK call with botspec", 'import { createKookClient } from "./dist/kook.js"; console.log(await createKookClient({ token: "t" }).getCurrentUser());'],
    ["app: one KOOK call with openapi-fetch", 'import createClient from "openapi-fetch"; console.log((await createClient({ baseUrl: "https://www.kookapp.cn/api/v3", headers: { Authorization: "Bot t" } }).GET("/user/me")).data);'],
  ];
  const sizes = await Promise.all(entries.map(([, contents]) => bundleSizes(contents)));
  console.log("\nSize: esbuild bundle, minified, platform neutral, gzip -9; single file (no code splitting) and split at dynamic imports");
  console.log("goal: single file ≤ 6 kB per client entry, ≤ 10 kB for all three");
  printTable(
    ["bundle", "single file, minified kB", "single file, gzipped kB", "split: on import, gzipped kB", "split: on demand, gzipped kB"],
    entries.map(([name], i) => [name, kB(sizes[i]!.singleFile.minified), kB(sizes[i]!.singleFile.gzipped), kB(sizes[i]!.onImport.gzipped), kB(sizes[i]!.onDemand.gzipped)]),
  );
  const single = (i: number) => sizes[i]!.singleFile.gzipped;
  const largest = Math.max(single(0), single(1), single(2));
  goal("each client entry ≤ 6 kB gzipped as a single file", `${kB(largest)} kB (largest)`, `openapi-fetch app ${kB(single(6))} kB`, largest <= 6000);
  goal("all three ≤ 10 kB gzipped as one single-file bundle", `${kB(single(4))} kB`, `sum apart ${kB(single(0) + single(1) + single(2))} kB`, single(4) <= 10000);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Cold start, in fresh processes

const COLD_SAMPLES = Number(process.env.BENCH_COLD ?? 15);
const run = promisify(execFile);
const resolved = (specifier: string) => JSON.stringify(import.meta.resolve(specifier));
/**
 * Every script first imports a module file of its own, as an app has: the ESM loader, and its reading of files and of
 * the package.json that says how to load a `.js` file, start up once per process, whatever is imported.
 */
const warmDir = await mkdtemp(join(tmpdir(), "botspec-bench-"));
await writeFile(join(warmDir, "package.json"), '{ "type": "module" }');
await writeFile(join(warmDir, "app.js"), "export default 1;\n");
const warmLoader = `await import(${JSON.stringify(pathToFileURL(join(warmDir, "app.js")).href)});`;
const coldScripts = {
  importEntry: `${warmLoader} const t = performance.now(); await import(${JSON.stringify(distEntry("kook"))}); console.log(performance.now() - t);`,
  importOpenapiFetch: `${warmLoader} const t = performance.now(); await import(${resolved("openapi-fetch")}); console.log(performance.now() - t);`,
  firstAnswerClient: `${warmLoader} const t = performance.now(); const { createKookClient } = await import(${JSON.stringify(distEntry("kook"))});
await createKookClient({ token: "t", baseUrl: process.env.BASE_URL }).getCurrentUser(); console.log(performance.now() - t);`,
  firstAnswerFetch: `${warmLoader} const t = performance.now();
await (await fetch(process.env.BASE_URL + "/user/me", { headers: { Authorization: "Bot t" } })).json(); console.log(performance.now() - t);`,
};
type ColdScript = keyof typeof coldScripts;

/** Retained heap per client: `count` clients made (and one method read on each, when `readMethod`), after a full GC. */
function heapScript(make: string, count: number): string {
  return `${make}
globalThis.gc(); const before = process.memoryUsage().heapUsed;
const kept = []; for (let i = 0; i < ${count}; i++) kept.push(makeOne(i));
globalThis.gc(); console.log((process.memoryUsage().heapUsed - before) / ${count}); kept.length;`;
}
const heapScripts = {
  client: heapScript(`const { createKookClient } = await import(${JSON.stringify(distEntry("kook"))});
const makeOne = (i) => createKookClient({ token: "t" + i }); makeOne(-1);`, 2000),
  clientWithMethod: heapScript(`const { createKookClient } = await import(${JSON.stringify(distEntry("kook"))});
const makeOne = (i) => { const c = createKookClient({ token: "t" + i }); c.getCurrentUser; return c; }; makeOne(-1);`, 2000),
  tomon: heapScript(`const { createTomonClient } = await import(${JSON.stringify(distEntry("tomon"))});
const makeOne = (i) => createTomonClient({ token: "t" + i }); makeOne(-1);`, 2000),
  mirai: heapScript(`const { createMiraiClient } = await import(${JSON.stringify(distEntry("mirai"))});
const makeOne = (i) => createMiraiClient({ authKey: "t" + i }); makeOne(-1);`, 2000),
  openapiFetch: heapScript(`const { default: createClient } = await import(${resolved("openapi-fetch")});
const makeOne = (i) => createClient({ baseUrl: "https://www.kookapp.cn/api/v3", headers: { Authorization: "Bot t" + i } }); makeOne(-1);`, 2000),
};

async function nodeEval(script: string, flags: string[] = []): Promise<number> {
  const { stdout } = await run(process.execPath, [...flags, "--input-type=module", "-e", script], { env: { ...process.env, BASE_URL: baseUrl } });
  return Number(stdout.trim());
}

if (runs("cold")) {
  const samples = Object.fromEntries(Object.keys(coldScripts).map((name) => [name, [] as number[]])) as Record<ColdScript, number[]>;
  const names = Object.keys(coldScripts) as ColdScript[];
  for (let i = 0; i < COLD_SAMPLES; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) samples[name].push(await nodeEval(coldScripts[name]));
  }
  const ms = (name: ColdScript) => median(samples[name]);
  const spread = (name: ColdScript) => `${ms(name).toFixed(1)} [${quantile(samples[name], 0.25).toFixed(1)}–${quantile(samples[name], 0.75).toFixed(1)}]`;
  const heap: Record<string, number> = {};
  for (const [name, script] of Object.entries(heapScripts)) heap[name] = median([await nodeEval(script, ["--expose-gc"]), await nodeEval(script, ["--expose-gc"])]);
  console.log(`\nCold start: fresh node processes, median ms of ${COLD_SAMPLES} (quartiles in brackets), each after the ESM loader has started`);
  printTable(
    ["measure", "botspec", "contender", "contender's", "ratio"],
    [
      ["import botspec/kook", spread("importEntry"), "import openapi-fetch", spread("importOpenapiFetch"), (ms("importEntry") / ms("importOpenapiFetch")).toFixed(2)],
      ["import + first answer (KOOK getCurrentUser)", spread("firstAnswerClient"), "raw fetch, first answer", spread("firstAnswerFetch"), (ms("firstAnswerClient") / ms("firstAnswerFetch")).toFixed(3)],
    ],
  );
  console.log("\nHeap retained per client (2000 clients, after a full GC), bytes");
  printTable(
    ["client", "bytes"],
    [
      ["createKookClient", heap.client!.toFixed(0)],
      ["createKookClient, one method read", heap.clientWithMethod!.toFixed(0)],
      ["createTomonClient", heap.tomon!.toFixed(0)],
      ["createMiraiClient", heap.mirai!.toFixed(0)],
      ["openapi-fetch createClient", heap.openapiFetch!.toFixed(0)],
    ],
  );
  goal("import ≤ 5 ms", `${ms("importEntry").toFixed(1)} ms`, `openapi-fetch ${ms("importOpenapiFetch").toFixed(1)} ms`, ms("importEntry") <= 5);
  const firstRatio = ms("firstAnswerClient") / ms("firstAnswerFetch");
  goal("import + first answer ≤ 1.1× raw fetch's first answer", `${firstRatio.toFixed(3)}× (${ms("firstAnswerClient").toFixed(1)} ms)`, `raw fetch ${ms("firstAnswerFetch").toFixed(1)} ms`, firstRatio <= 1.1);
  const worstHeap = Math.max(heap.client!, heap.tomon!, heap.mirai!);
  goal("heap per client ≤ 2 KB", `${worstHeap.toFixed(0)} B (largest)`, `openapi-fetch client ${heap.openapiFetch!.toFixed(0)} B`, worstHeap <= 2048);
}

await worker.terminate();
await rm(warmDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// 4. KOOK rate limits

/**
 * A KOOK bucket of N calls per window of W ms on /user/view, in its own thread; a window opens with the first call
 * that arrives after the previous one closed, as KOOK's do. Calls over the limit get 429 and are counted. With
 * `rttMs`, each request reaches the server half of it after it was sent and each answer the client half of it after
 * the server wrote it (the server holds both); with `wholeSeconds`, Reset is rounded down to whole seconds.
 */
const bucketServerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { perWindow, windowMs, rttMs, wholeSeconds } = workerData;
let windowEnd = 0, used = 0, firstWindowEnd = 0, rejected = 0, rejectedAfterFirstWindow = 0;
const later = (fn) => (rttMs > 0 ? setTimeout(fn, rttMs / 2) : fn());
const server = http.createServer((request, response) => {
  request.resume();
  request.on("end", () => later(() => {
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
    const reset = (windowEnd - now) / 1000;
    const body = JSON.stringify({ code: allowed ? 0 : 429, message: allowed ? "操作成功" : "too many requests", data: { id: "1" } });
    const headers = {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      "X-Rate-Limit-Limit": String(perWindow),
      "X-Rate-Limit-Remaining": String(perWindow - used),
      "X-Rate-Limit-Reset": String(wholeSeconds ? Math.floor(reset) : reset),
      "X-Rate-Limit-Bucket": "user/view",
    };
    later(() => {
      response.writeHead(allowed ? 200 : 429, headers);
      response.end(body);
    });
  }));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => parentPort.postMessage({ rejected, rejectedAfterFirstWindow }));
`;

interface Batch {
  calls: number;
  perWindow: number;
  windowMs: number;
  rttMs: number;
  wholeSeconds: boolean;
  rateLimit: boolean;
}
interface BatchResult {
  elapsedMs: number;
  minimumMs: number;
  rejected: number;
  rejectedAfterFirstWindow: number;
  failed: number;
}

/**
 * M concurrent calls. The theoretical minimum is ceil(M / N) - 1 windows plus one round trip: the first window opens
 * when the first call arrives, each next one as the previous closes, and the last window's answers take the way back.
 */
async function rateLimitedBatch({ calls, perWindow, windowMs, rttMs, wholeSeconds, rateLimit }: Batch): Promise<BatchResult> {
  const bucketServer = new Worker(bucketServerSource, { eval: true, workerData: { perWindow, windowMs, rttMs, wholeSeconds } });
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
    minimumMs: (Math.ceil(calls / perWindow) - 1) * windowMs + rttMs,
    ...stats,
    failed: results.filter((result) => result.status === "rejected").length,
  };
}

if (runs("limits")) {
  const batches: (Batch & { goal?: number })[] = [
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 0, wholeSeconds: false, rateLimit: true, goal: 1.1 },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 0, wholeSeconds: false, rateLimit: false },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 0, wholeSeconds: true, rateLimit: true, goal: 1.1 },
    { calls: 1000, perWindow: 250, windowMs: 1000, rttMs: 0, wholeSeconds: false, rateLimit: true, goal: 1.1 },
    { calls: 1000, perWindow: 250, windowMs: 1000, rttMs: 0, wholeSeconds: false, rateLimit: false },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 100, wholeSeconds: false, rateLimit: true, goal: 1.05 },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 100, wholeSeconds: true, rateLimit: true, goal: 1.05 },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 250, wholeSeconds: false, rateLimit: true, goal: 1.1 },
    { calls: 500, perWindow: 100, windowMs: 1000, rttMs: 250, wholeSeconds: true, rateLimit: true, goal: 1.1 },
  ];
  const rows: string[][] = [];
  for (const batch of batches) {
    const r = await rateLimitedBatch(batch);
    const ratio = r.elapsedMs / r.minimumMs;
    const name = `M=${batch.calls}, N=${batch.perWindow} per ${batch.windowMs} ms, RTT ${batch.rttMs} ms, Reset ${batch.wholeSeconds ? "whole s" : "exact"}`;
    rows.push([
      name,
      batch.rateLimit ? "on (default)" : "off (429 + retry)",
      r.elapsedMs.toFixed(0),
      r.minimumMs.toFixed(0),
      ratio.toFixed(3),
      String(r.rejectedAfterFirstWindow),
      String(r.rejected),
      String(r.failed),
    ]);
    if (batch.goal) goal(`KOOK batch ${name}: ≤ ${batch.goal}× minimum, no 429 after the 1st window`, `${ratio.toFixed(3)}×, ${r.rejectedAfterFirstWindow} late 429s`, `minimum ${r.minimumMs.toFixed(0)} ms`, ratio <= batch.goal && r.rejectedAfterFirstWindow === 0 && r.failed === 0);
  }
  console.log("\nKOOK batch of M concurrent calls under a server bucket: elapsed vs the theoretical minimum ((windows - 1) × W + RTT), 429s after the first window");
  printTable(["batch", "client rate limiter", "elapsed ms", "minimum ms", "elapsed/min", "429s after 1st window", "429s total", "failed calls"], rows);
}

console.log("\nGoals (issue 21), each with its figure and contender from this run");
printTable(
  ["goal", "measured", "contender", "met"],
  goals.map(({ goal: name, figure, contender, met }) => [name, figure, contender, met ? "yes" : "NO"]),
);

// ---------------------------------------------------------------------------------------------------------------
// 5. KOOK rate limits shared through Redis

if (runs("redis")) await sharedRateLimitBench(printTable);

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i === 0 ? `-${"-".repeat(width)}-` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const row of body) console.log(line(row));
}
