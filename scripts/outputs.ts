import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Writes generated files, leaving files whose content is unchanged untouched. */
export async function writeOutputs(outputs: [string, string][]): Promise<void> {
  await Promise.all(
    outputs.map(async ([path, content]) => {
      const current = await readFile(path, "utf8").catch(() => undefined);
      if (current === content) return;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }),
  );
}

/** Fails when a generated file on disk differs from `outputs`, or (complete build) is no longer produced. */
export async function checkDrift(outputs: [string, string][], complete: boolean): Promise<void> {
  const differing: string[] = [];
  for (const [path, content] of outputs) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === undefined) differing.push(`${path} (missing)`);
    else if (current !== content) differing.push(`${path} (differs)`);
  }
  if (complete) {
    const produced = new Set(outputs.map(([path]) => path));
    for (const path of await listFiles("generated")) {
      if (!produced.has(path)) differing.push(`${path} (no longer generated)`);
    }
  }
  if (differing.length > 0) {
    throw new Error(`generated/ is out of date; run \`npm run build\` and commit:\n  ${differing.join("\n  ")}`);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}
