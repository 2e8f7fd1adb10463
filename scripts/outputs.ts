import { mkdir, readFile, readdir, rename, rm, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes generated files, and deletes the files in `wholeDirs` that are no longer produced. A file whose content is
 * unchanged is not rewritten, only marked as built now: the tests rebuild dist/ when an entry is older than its
 * sources (test/support/dist.ts). Each file is written whole under another name and renamed, so that a drift check
 * running meanwhile (`npm test` runs it beside the tests, which build dist/) never reads half a file.
 */
export async function writeOutputs(outputs: [string, string][], wholeDirs: string[] = []): Promise<void> {
  const now = new Date();
  await Promise.all(
    outputs.map(async ([path, content]) => {
      const current = await readFile(path, "utf8").catch(() => undefined);
      if (current === content) return utimes(path, now, now);
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, content);
      await rename(partial, path);
    }),
  );
  const produced = new Set(outputs.map(([path]) => path));
  for (const dir of wholeDirs) {
    for (const path of await listFiles(dir)) if (!produced.has(path)) await rm(path);
  }
}

/** Fails when a generated file on disk differs from `outputs`, or is no longer produced in one of `complete`. */
export async function checkDrift(outputs: [string, string][], complete: string[]): Promise<void> {
  const differing: string[] = [];
  for (const [path, content] of outputs) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === undefined) differing.push(`${path} (missing)`);
    else if (current !== content) differing.push(`${path} (differs)`);
  }
  const produced = new Set(outputs.map(([path]) => path));
  for (const dir of complete) {
    for (const path of await listFiles(dir)) {
      if (!produced.has(path)) differing.push(`${path} (no longer generated)`);
    }
  }
  if (differing.length > 0) {
    throw new Error(`generated/ or dist/ is out of date; run \`npm run generate\` and commit:\n  ${differing.join("\n  ")}`);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}
