import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * What each file took on a 2-core machine (ms, `npm test` with every file, July 2025 figures), for runs without
 * vitest's own record of the last run (a fresh clone, CI). A file not listed counts by its size.
 */
const estimates: Record<string, number> = {
  "test/install.test.ts": 60_000,
  "test/docs.browser.test.ts": 40_000,
  "test/pipeline.test.ts": 20_000,
  "test/client-rate-limit.test.ts": 16_000,
  "test/mock-robust.property.test.ts": 16_000,
  "test/contract.property.test.ts": 15_000,
  "test/spectral.test.ts": 15_000,
  "test/kook-redis.test.ts": 12_000,
  "test/kook.spec.test.ts": 10_000,
  "test/client-direct.test.ts": 10_000,
  "test/mock-rate-limit.test.ts": 6_000,
  "test/contract.test.ts": 6_000,
  "test/client-kook.test.ts": 5_000,
};

/**
 * Runs the longest files first, so that the run does not end with one worker busy on a long file while the others
 * idle: by the duration vitest recorded for the file in its last run, else by the estimate above, else by size.
 */
export class DurationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = (spec: TestSpecification): number => {
      const path = relative(root, spec.moduleId);
      const recorded = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`)?.duration;
      if (recorded !== undefined && recorded > 0) return recorded;
      // Roughly 1 ms of run time per 10 bytes of test file where nothing better is known.
      return estimates[path] ?? (this.ctx.cache.getFileStats(`${spec.project.name}:${path}`)?.size ?? 0) / 10;
    };
    const costs = new Map(files.map((spec) => [spec, cost(spec)]));
    return [...files].sort((a, b) => costs.get(b)! - costs.get(a)!);
  }
}
