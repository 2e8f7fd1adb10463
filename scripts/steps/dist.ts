import { spawn } from "node:child_process";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { apis } from "../apis.js";
import type { BuildContext } from "../context.js";
import { writeOutputs } from "../outputs.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Compiles the clients to ESM + .d.ts in dist/ and writes the package entry points `dist/<api>.js` and `dist/<api>.d.ts`
 * (and `dist/kook-redis.*`), which package.json's `exports` name: however dist/ is laid out behind them, those two
 * files per entry are the contract. Reads generated/ from disk.
 */
export async function dist(context: BuildContext): Promise<void> {
  await writePending(context);
  await rm("dist", { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json failed (exit ${code})`))));
  });
  // tsc compiles every API's client (tsconfig.build.json), so every API's types go along, whatever --api says.
  for (const api of apis) {
    await mkdir(`dist/generated/${api.name}`, { recursive: true });
    await copyFile(`generated/${api.name}/schema.d.ts`, `dist/generated/${api.name}/schema.d.ts`);
    const reexport = `export * from "./generated/${api.name}/client.js";\n`;
    await writeFile(`dist/${api.name}.js`, reexport);
    await writeFile(`dist/${api.name}.d.ts`, reexport);
  }
  // botspec/kook/redis: the Redis store of KOOK's shared rate limits, an entry of its own (it needs the redis peer).
  const redisStore = `export * from "./src/kook/redis-store.js";\n`;
  await writeFile("dist/kook-redis.js", redisStore);
  await writeFile("dist/kook-redis.d.ts", redisStore);
}

/** tsc reads the generated client sources from disk, so earlier steps' output is written first. */
async function writePending(context: BuildContext): Promise<void> {
  await writeOutputs([...context.files].filter(([path]) => path.startsWith("generated/")));
}
