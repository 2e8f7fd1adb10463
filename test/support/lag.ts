import { performance } from "node:perf_hooks";

/**
 * Measures how late this process's timers run while a test waits: the sum, over a 20 ms heartbeat, of how much later
 * than due each beat came. A busy machine (the whole suite on two cores) delays every timer of the code under test
 * by about as much, so a wall-clock bound plus this lag asks the same of the code on an idle and on a loaded machine.
 */
export function measureLag(intervalMs = 20): { stop(): number } {
  let lag = 0;
  let due = performance.now() + intervalMs;
  const timer = setInterval(() => {
    const now = performance.now();
    lag += Math.max(0, now - due);
    due = now + intervalMs;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const now = performance.now();
      return lag + Math.max(0, now - due);
    },
  };
}
