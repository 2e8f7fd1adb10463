import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * What each file took alone on a 2-core machine (ms of wall time, December 2026), for runs without vitest's own record
 * of the last run (a fresh clone, CI). A file not listed counts by its size.
 */
const estimates: Record<string, number> = {
  "test/docs.browser.test.ts": 23_000,
  "test/install.test.ts": 12_000,
  "test/spectral.test.ts": 21_000,
  "test/pipeline.test.ts": 17_000,
  "test/client-rate-limit.test.ts": 17_000,
  "test/client-direct.test.ts": 14_000,
  "test/kook-redis.test.ts": 13_000,
  "test/contract.property.test.ts": 13_000,
  "test/contract.test.ts": 12_000,
  "test/mock.test.ts": 12_000,
  "test/mock-robust.property.test.ts": 11_000,
  "test/mock-log.test.ts": 11_000,
  "test/readme.test.ts": 10_000,
  "test/client-kook.test.ts": 10_000,
};

/**
 * Runs the longest files first, so that the run does not end with one worker busy on a long file while the others
 * idle: by the duration vitest recorded for the file in its last run or the estimate above (by size for a file not
 * listed), whichever is longer.
 */
export class DurationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = (spec: TestSpecification): number => {
      const path = relative(root, spec.moduleId);
      const recorded = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`)?.duration ?? 0;
      // Roughly 1 ms of run time per 10 bytes of test file where nothing better is known.
      const estimate = estimates[path] ?? (this.ctx.cache.getFileStats(`${spec.project.name}:${path}`)?.size ?? 0) / 10;
      // The larger of the two: the record of a file that failed early is short, and the estimates count the setup.
      return Math.max(recorded, estimate);
    };
    const costs = new Map(files.map((spec) => [spec, cost(spec)]));
    return [...files].sort((a, b) => costs.get(b)! - costs.get(a)!);
  }
}
