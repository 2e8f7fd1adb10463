import type { ApiEntry } from "./apis.js";

/** What the build steps share: the APIs being built and the files produced so far. */
export interface BuildContext {
  apis: readonly ApiEntry[];
  /** Generated files by path relative to the project root. Steps read earlier steps' output from here. */
  files: Map<string, string>;
  /** The drift check: nothing is written, and steps read committed files from disk. */
  check?: boolean;
}

export type Step = (context: BuildContext) => Promise<void>;

export function generatedPath(api: ApiEntry, file: string): string {
  return `generated/${api.name}/${file}`;
}

/** The bundled 3.1 document of an API, as produced by the bundle step. */
export function bundledSpec(context: BuildContext, api: ApiEntry): Record<string, any> {
  const text = context.files.get(generatedPath(api, "openapi.json"));
  if (text === undefined) throw new Error(`the bundle step has not produced ${api.name} yet`);
  return JSON.parse(text);
}
