import { spawn } from "node:child_process";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { build, type Plugin } from "esbuild";
import { apis } from "../apis.js";
import type { BuildContext } from "../context.js";
import { writeOutputs } from "../outputs.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Builds the package entry points `dist/<api>.js`, `dist/raw.js` (botspec/raw: `withRaw`) and `dist/kook-redis.js`
 * (botspec/kook/redis: the Redis store of KOOK's shared rate limits, an entry of its own since it needs the redis
 * peer) with their `.d.ts`, which package.json's `exports` name. Each entry is one ES module (plus the runtime they share, one more module): Node
 * loads, links and compiles every module of an import graph apart, about a millisecond each, and tsc's file-per-file
 * output made an entry of 20. The declarations stay file per file, as tsc writes them. Reads generated/ from disk.
 */
export async function dist(context: BuildContext): Promise<void> {
  await writePending(context);
  await rm("dist", { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"], { stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json failed (exit ${code})`))));
  });
  await build({
    entryPoints: { ...Object.fromEntries(apis.map((api) => [api.name, `generated/${api.name}/client.ts`])), raw: RAW_ENTRY },
    plugins: [rawEntry],
    outdir: "dist",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    // Code the entries share goes into a module of its own, loaded once: one error class per error, whichever entry
    // it is imported from, and `withRaw` reaching into any client.
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    // Less for Node to read and parse on import (about 1 ms of an entry's 5); names are kept, so stack traces and
    // error classes read as in the sources, and the source map (for --enable-source-maps) leads back to them.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    external: ["openapi-fetch", "node:*"],
    logLevel: "warning",
  });
  // tsc compiles every API's client (tsconfig.build.json), so every API's types go along, whatever --api says.
  for (const api of apis) {
    await mkdir(`dist/generated/${api.name}`, { recursive: true });
    await copyFile(`generated/${api.name}/schema.d.ts`, `dist/generated/${api.name}/schema.d.ts`);
    await writeFile(`dist/${api.name}.d.ts`, `export * from "./generated/${api.name}/client.js";\n`);
  }
  // Bundled on its own: split with the clients, the limiter code it shares with botspec/kook would become a third
  // module of that entry. Its copy of that code is a few kB in an entry only Redis users import.
  await build({ entryPoints: { "kook-redis": "src/kook/redis-store.ts" }, outdir: "dist", bundle: true, format: "esm", platform: "node", target: "es2022", logLevel: "warning" });
  await writeFile("dist/raw.d.ts", `export * from "./src/with-raw.js";\n`);
  await writeFile("dist/kook-redis.d.ts", `export * from "./src/kook/redis-store.js";\n`);
}

const RAW_ENTRY = "botspec:raw";

/**
 * botspec/raw's entry, which also imports the runtime modules only the clients use. esbuild puts the code each set of
 * entries shares into a chunk of its own; with these imports the whole runtime is one chunk, and a client entry two
 * modules instead of three (test/client-entry-points.test.ts counts them). An app that imports botspec/raw imports a
 * client too, so they cost it nothing.
 */
const CLIENT_ONLY = ["./api-error.js", "./options.js", "./public.js", "./redact.js"];
const rawEntry: Plugin = {
  name: "raw-entry",
  setup(build) {
    build.onResolve({ filter: /^botspec:raw$/ }, () => ({ path: RAW_ENTRY, namespace: "botspec" }));
    build.onLoad({ filter: /.*/, namespace: "botspec" }, () => ({
      contents: ['export * from "./with-raw.js";', ...CLIENT_ONLY.map((path) => `import "${path}";`)].join("\n"),
      resolveDir: "src",
      loader: "ts",
    }));
  },
};

/** tsc reads the generated client sources from disk, so earlier steps' output is written first. */
async function writePending(context: BuildContext): Promise<void> {
  await writeOutputs([...context.files].filter(([path]) => path.startsWith("generated/")));
}
