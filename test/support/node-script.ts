import { execFile } from "node:child_process";
import { promisify } from "node:util";

const HEAP = "const heap = () => (globalThis.gc(), globalThis.gc(), process.memoryUsage().heapUsed);\n";

/**
 * Runs `script` as an ES module in a Node process of its own that loads TypeScript (tsx), with `env` added to this
 * process's: what it printed, trimmed. With `heap`, the script can call `heap()`: the heap in use after full
 * collections, which only a process of its own measures without the test runner's garbage.
 */
export async function runNodeScript(script: string, options: { env?: Record<string, string>; heap?: boolean } = {}): Promise<string> {
  const args = [...(options.heap ? ["--expose-gc"] : []), "--import", "tsx", "--input-type=module", "-e", `${options.heap ? HEAP : ""}${script}`];
  const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, ...options.env }, timeout: 60_000 });
  return stdout.trim();
}
