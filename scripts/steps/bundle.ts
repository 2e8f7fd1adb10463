import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { runRedocly } from "../redocly.js";
import { generatedPath, type BuildContext } from "../context.js";

/** Bundles each split spec into one document, written as JSON and YAML. */
export async function bundle(context: BuildContext): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "botspec-bundle-"));
  try {
    await Promise.all(
      context.apis.map(async (api) => {
        const out = join(dir, `${api.name}.json`);
        const { code, output } = await runRedocly(["bundle", api.redoclyName, "--output", out, "--ext", "json"]);
        if (code !== 0) throw new Error(`bundling ${api.name} failed:\n${output}`);
        const document = JSON.parse(await readFile(out, "utf8"));
        context.files.set(generatedPath(api, "openapi.json"), JSON.stringify(document, null, 2) + "\n");
        // YAML 1.1 rules, so that strings a 1.1 parser (PyYAML, SnakeYAML) would read as timestamps, booleans or
        // octal numbers are quoted; a 1.2 parser reads the output the same.
        const yaml = stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" });
        context.files.set(generatedPath(api, "openapi.yaml"), yaml);
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
