import type { BuildContext } from "../context.js";

/** Builds the Redoc pages (extended by the docs issue). */
export async function docs(_context: BuildContext): Promise<void> {}
