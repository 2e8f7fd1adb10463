import { toOpenApi30 } from "../openapi30.js";
import { bundledSpec, generatedPath, type BuildContext } from "../context.js";

/** Down-converts each 3.1 bundle to OpenAPI 3.0.3 (`openapi.3.0.json`) for generators that lack 3.1. */
export async function compat(context: BuildContext): Promise<void> {
  for (const api of context.apis) {
    const converted = toOpenApi30(bundledSpec(context, api));
    context.files.set(generatedPath(api, "openapi.3.0.json"), JSON.stringify(converted, null, 2) + "\n");
  }
}
