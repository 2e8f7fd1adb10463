import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { DurationSequencer } from "./test/support/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two workers more than cores: many files spend much of their time waiting on servers, windows and timers, which
    // other workers' work fills (npm test on 2 cores, 3 December: 118 s with 3 workers, 113 s with 4; on 1 December
    // 119 s with 2 and 101-106 s with 3). Files share a worker's module cache: the suite's files keep no state between
    // them, and re-importing Prism, Redocly and the clients per file cost more than some files' tests.
    maxWorkers: availableParallelism() + 2,
    isolate: false,
    // dist/ is built once per run, before any file starts (test/support/global-setup.ts).
    globalSetup: ["test/support/global-setup.ts"],
    // The longest files start first, so that no long file starts last on an otherwise idle machine.
    sequence: { sequencer: DurationSequencer },
    // The *.test-d.ts files are type-checked by tsc in `npm test` (scripts/test.ts), with the rest of the project.
  },
});
