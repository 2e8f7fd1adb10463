import { ensureDist } from "./dist.js";

/** Vitest's global setup: builds dist/ once per run when it is missing or stale, before any test file starts. */
export default async function setup(): Promise<void> {
  await ensureDist();
}
