import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { underCi } from "./ci.js";

const run = promisify(execFile);
const entries = [
  ...["kook", "tomon", "mirai"].flatMap((api) => [`dist/${api}.js`, `dist/${api}.d.ts`, `dist/generated/${api}/client.d.ts`, `dist/generated/${api}/schema.d.ts`]),
  "dist/raw.js",
  "dist/raw.d.ts",
];

/**
 * Rebuilds dist/ (the package entry points, committed) with the build's `dist` step when an entry or its types are
 * missing or older than the sources: after a change to src/ or generated/, the tests and the bench measure the
 * change. Not under CI, where dist/ must be tested as committed: the drift check, which `npm test` runs beside the
 * tests, fails when it differs from a fresh build.
 */
export async function ensureDist(): Promise<void> {
  if (underCi) return;
  const built = await Promise.all(entries.map((entry) => mtime(entry)));
  const sources = [...(await listFiles("src")), ...(await listFiles("generated")).filter((file) => /\/(client\.ts|schema\.d\.ts)$/.test(file))];
  const newest = Math.max(...(await Promise.all(sources.map(mtime))));
  if (built.every((time) => time >= newest)) return;
  await run(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/build.ts", "dist"]);
}

async function mtime(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
}

async function listFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
