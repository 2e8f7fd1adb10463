import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { apis } from "../apis.js";
import type { BuildContext } from "../context.js";
import { writeOutputs } from "../outputs.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Builds the package entry points `dist/<api>.js`, `dist/raw.js` (botspec/raw: `withRaw`) and `dist/kook-redis.js`
 * (botspec/kook/redis: the Redis store of KOOK's shared rate limits, an entry of its own since it needs the redis
 * peer) with their `.d.ts`, which package.json's `exports` name, into the context like every other step: dist/ is
 * committed and drift-checked, so that installing from git builds nothing (see CONTRIBUTING.md). Each entry is one ES
 * module (plus the runtime they share, one more module): Node loads, links and compiles every module of an import
 * graph apart, about a millisecond each, and tsc's file-per-file output made an entry of 20. The declarations stay
 * file per file, as tsc writes them. Reads src/ and generated/ from disk (a full build writes generated/ first).
 */
export async function dist(context: BuildContext): Promise<void> {
  if (!context.check) await writePending(context);
  const add = (path: string, contents: string) => context.files.set(path, contents);
  const declarations = await mkdtemp(join(tmpdir(), "botspec-dist-"));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly", "--outDir", declarations], { stdio: "inherit" });
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json failed (exit ${code})`))));
    });
    for (const entry of await readdir(declarations, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      add(join("dist", relative(declarations, path)), await readFile(path, "utf8"));
    }
  } finally {
    await rm(declarations, { recursive: true, force: true });
  }
  const bundle = async (options: BuildOptions) => {
    const { outputFiles } = await build({
      ...options,
      outdir: "dist",
      bundle: true,
      format: "esm",
      target: "es2022",
      // Less for Node to read and parse on import (about 1 ms of an entry's 5); names are kept, so that stack traces
      // and error classes read as in the sources.
      minifyWhitespace: true,
      minifySyntax: true,
      // Node prints the line an uncaught error was thrown on: without a limit that was the whole entry, 24 kB of code
      // above the message.
      lineLimit: 120,
      write: false,
      logLevel: "warning",
    });
    for (const file of outputFiles) add(relative(process.cwd(), file.path), file.text);
  };
  await bundle({
    entryPoints: { ...Object.fromEntries(apis.map((api) => [api.name, `generated/${api.name}/client.ts`])), raw: RAW_ENTRY },
    plugins: [rawEntry],
    chunkNames: "chunks/[name]-[hash]",
    // Code the entries share goes into a module of its own, loaded once: one error class per error, whichever entry
    // it is imported from, and `withRaw` reaching into any client.
    splitting: true,
    platform: "neutral",
    external: ["openapi-fetch", "node:*"],
  });
  for (const api of apis) {
    // The types the declarations import, from the package's generated/ (listed in package.json's `files`).
    add(`dist/generated/${api.name}/schema.d.ts`, `export * from "../../../generated/${api.name}/schema.js";\n`);
    add(`dist/${api.name}.d.ts`, `export * from "./generated/${api.name}/client.js";\n`);
  }
  // Bundled on its own: split with the clients, the limiter code it shares with botspec/kook would become a third
  // module of that entry. Its copy of that code is a few kB in an entry only Redis users import.
  await bundle({ entryPoints: { "kook-redis": "src/kook/redis-store.ts" }, platform: "node" });
  add("dist/raw.d.ts", `export * from "./src/with-raw.js";\n`);
  add("dist/kook-redis.d.ts", `export * from "./src/kook/redis-store.js";\n`);
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
