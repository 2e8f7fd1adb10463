/**
 * The build pipeline: one entry, named steps, each timed.
 *
 *   npm run generate                    all steps, writing generated/ and dist/
 *   npm run generate -- lint types      only the named steps (earlier outputs are read from generated/)
 *   npm run generate -- --api kook      only one API
 *   npm run generate -- --check         build in memory and fail if generated/ or dist/ differs (the drift check)
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { apis } from "./apis.js";
import type { BuildContext, Step } from "./context.js";
import { checkDrift, writeOutputs } from "./outputs.js";

/**
 * Each step's module is imported when the step runs, so that a run loads only the dependencies of its own steps
 * (`dist` needs neither Redocly nor openapi-typescript).
 */
const steps: Record<string, () => Promise<Step>> = {
  lint: async () => (await import("./steps/lint.js")).lint,
  bundle: async () => (await import("./steps/bundle.js")).bundle,
  compat: async () => (await import("./steps/compat.js")).compat,
  types: async () => (await import("./steps/types.js")).types,
  client: async () => (await import("./steps/client.js")).client,
  docs: async () => (await import("./steps/docs.js")).docs,
  dist: async () => (await import("./steps/dist.js")).dist,
};
/** Steps whose output is committed (under generated/ and dist/) and checked for drift. */
const checkedSteps = new Set(["bundle", "compat", "types", "client", "docs", "dist"]);
const OUTPUT_DIRS = ["generated/", "dist/"];

async function main(argv: string[]): Promise<void> {
  const check = argv.includes("--check");
  const apiIndex = argv.indexOf("--api");
  const apiFilter = apiIndex >= 0 ? argv[apiIndex + 1] : undefined;
  const named = argv.filter((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--api");
  const unknown = named.filter((name) => !(name in steps));
  if (unknown.length > 0) throw new Error(`unknown step ${unknown.join(", ")}; steps are ${Object.keys(steps).join(", ")}`);
  const selected = apis.filter((api) => apiFilter === undefined || api.name === apiFilter);
  if (selected.length === 0) throw new Error(`unknown API ${apiFilter}; APIs are ${apis.map((a) => a.name).join(", ")}`);

  let toRun = named.length > 0 ? named : Object.keys(steps);
  if (check) toRun = toRun.filter((name) => name === "lint" || checkedSteps.has(name));
  const context: BuildContext = { apis: selected, files: new Map(), check };
  if (!toRun.includes("bundle") && toRun.some((name) => name !== "lint")) await loadCommitted(context);

  const started = performance.now();
  for (const name of toRun) {
    const stepStarted = performance.now();
    const step = await steps[name]!();
    await step(context);
    console.log(`${name.padEnd(7)} ${formatMs(performance.now() - stepStarted)}`);
  }
  const outputs = [...context.files].filter(([path]) => OUTPUT_DIRS.some((dir) => path.startsWith(dir)));
  // dist/ is made whole by its step, for every API whatever --api says; generated/ only by a complete build.
  const complete = [...(apiFilter === undefined && named.length === 0 ? ["generated"] : []), ...(toRun.includes("dist") ? ["dist"] : [])];
  if (check) await checkDrift(outputs, complete);
  else await writeOutputs(outputs, complete.filter((dir) => dir === "dist"));
  console.log(`${check ? "checked" : "built"}   ${formatMs(performance.now() - started)} (${outputs.length} files)`);
}

/** Lets single steps run on their own by seeding the context with the committed bundles. */
async function loadCommitted(context: BuildContext): Promise<void> {
  for (const api of context.apis) {
    for (const file of ["openapi.json"]) {
      const path = `generated/${api.name}/${file}`;
      context.files.set(path, await readFile(path, "utf8").catch(() => {
        throw new Error(`${path} is missing: run the bundle step first`);
      }));
    }
  }
}

function formatMs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
