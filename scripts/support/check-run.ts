import { performance } from "node:perf_hooks";

/** The failures of a check script (check:generators, check:languages), and its steps, which add to them. */
export interface CheckRun {
  failures: string[];
  /** Runs one step, printing its name (padded to `nameWidth`), its time and its note; a throw is a failure. */
  step(name: string, action: () => Promise<string | undefined>): Promise<void>;
}

export function checkRun(nameWidth: number): CheckRun {
  const failures: string[] = [];
  const step = async (name: string, action: () => Promise<string | undefined>): Promise<void> => {
    const started = performance.now();
    let note: string | undefined;
    try {
      note = await action();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      note = "FAILED";
    }
    console.log(`${name.padEnd(nameWidth)} ${((performance.now() - started) / 1000).toFixed(2)} s${note ? `  ${note}` : ""}`);
  };
  return { failures, step };
}

/** Prints the failures of `check` and sets exit code 1, or prints what passed. */
export function report(check: string, failures: string[], passed: string): void {
  if (failures.length > 0) {
    console.error(`\n${check} failed:\n${failures.map((failure) => `- ${failure}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(`${check} passed: ${passed}`);
  }
}

/** Runs a check script's `main` with the command line's arguments; an error it throws is printed, with exit code 1. */
export function runCheck(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
