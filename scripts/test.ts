/**
 * `npm test`: the typecheck, the drift check and the vitest suite, run side by side (each alone leaves cores idle for
 * much of its run), and failing if any of them fails.
 *
 *   npm test                          all three
 *   npm test -- <vitest arguments>    the arguments go to `vitest run`, e.g. `--exclude test/spectral.test.ts`
 *
 * Vitest writes to this terminal as it goes; the typecheck's and the drift check's output is printed when each ends,
 * every line prefixed with the job's name. A summary with each job's time and result closes the run.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

interface Job {
  name: string;
  args: string[];
  /** Whether its output goes straight to this terminal (else it is collected and printed, prefixed, at the end). */
  inherit?: boolean;
}

const jobs: Job[] = [
  // Incremental: a run after a small change re-checks only what it touches. The build info lives with the other
  // caches under node_modules/.cache, so that it never lands in a commit. tsc checks the *.test-d.ts files too.
  {
    name: "typecheck",
    args: ["node_modules/typescript/bin/tsc", "--noEmit", "--incremental", "--tsBuildInfoFile", "node_modules/.cache/botspec/tsconfig.tsbuildinfo"],
  },
  { name: "drift", args: ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts", "--check"] },
  { name: "vitest", args: ["node_modules/vitest/vitest.mjs", "run", ...process.argv.slice(2)], inherit: true },
];

interface Result {
  job: Job;
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/** The jobs still running, ended with this process when it is interrupted. */
const children = new Set<ReturnType<typeof spawn>>();

function runJob(job: Job): Promise<Result> {
  const started = performance.now();
  const child = spawn(process.execPath, job.args, { stdio: job.inherit ? "inherit" : ["ignore", "pipe", "pipe"], env: process.env });
  children.add(child);
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      resolve({ job, code: 1, signal: null, ms: performance.now() - started });
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      const text = Buffer.concat(chunks).toString("utf8").trimEnd();
      if (text) process.stdout.write(`${text.split("\n").map((line) => `[${job.name}] ${line}`).join("\n")}\n`);
      resolve({ job, code, signal, ms: performance.now() - started });
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

const results = await Promise.all(jobs.map(runJob));
const failed = results.filter((result) => result.code !== 0);
console.log(
  `\n${results
    .map(({ job, code, signal, ms }) => `${job.name.padEnd(9)} ${code === 0 ? "passed" : `FAILED (${signal ?? `exit ${code}`})`} in ${(ms / 1000).toFixed(1)} s`)
    .join("\n")}`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
