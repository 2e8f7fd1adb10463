import { runRedocly } from "../redocly.js";
import type { BuildContext } from "../context.js";

/** Lints every spec with redocly.yaml; any error or warning fails the build, naming file and line. */
export async function lint(context: BuildContext): Promise<void> {
  const { code, output } = await runRedocly(["lint", ...context.apis.map((api) => api.redoclyName), "--format=stylish"]);
  if (code !== 0 || /\bwarnings?\b/i.test(output.replace(/0 warnings/g, ""))) {
    throw new Error(`lint failed:\n${output}`);
  }
}
