/**
 * Proves the bundles are usable from other languages: generates Go and Python models from each API's component
 * schemas (generated/<api>/openapi.json) with quicktype, then
 * - Go: `go vet` and `go test`, where the test decodes every example of the spec into the generated types;
 * - Python: mypy on the generated modules, then a script that decodes every example with the generated
 *   `*_from_dict` functions (which assert every type) and encodes it back with `*_to_dict`.
 * The examples are the schemas' own `examples` and the request/response examples of media types whose schema is a
 * component (or an array of one).
 *
 *   npm run check:languages               everything, in a temporary directory that is removed afterwards
 *   npm run check:languages -- --keep     keep the generated code (the path is printed)
 *   npm run check:languages -- --api kook
 *
 * Needs Go (`apt-get install -y golang-go`) and Python 3 with mypy and dateutil (`apt-get install -y python3-mypy
 * python3-dateutil`; Debian's /usr/bin/python3 is used when the python3 on PATH lacks them). Where Python's mypy
 * is missing outside CI the script falls back to `py_compile` and says so; under CI (CI set) it fails.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from "quicktype-core";
import { apis, type ApiEntry } from "./apis.js";
import { resolve as resolveRef } from "./operations.js";
import { checkRun, report, runCheck } from "./support/check-run.js";

interface Example {
  /** Component schema the example is an instance of. */
  schema: string;
  /** Where the example comes from, for messages. */
  source: string;
  value: unknown;
}

interface Run {
  code: number;
  output: string;
}

const ci = Boolean(process.env.CI);

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 127;
      done({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

async function generate(api: ApiEntry, schemas: Record<string, unknown>, lang: "go" | "python"): Promise<string> {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  // Every component schema becomes a top-level type; `$ref`s to #/components/schemas/ resolve inside the source.
  await input.addSource({ name: api.name, uris: ["#/components/schemas/"], schema: JSON.stringify({ components: { schemas } }) });
  const inputData = new InputData();
  inputData.addInput(input);
  const result = await quicktype({
    inputData,
    lang,
    rendererOptions: lang === "go" ? { package: api.name } : { "python-version": "3.7" },
  });
  return result.lines.join("\n") + "\n";
}

/** The examples of the spec that are instances of a component schema. */
function examplesOf(document: Record<string, any>): Example[] {
  const examples: Example[] = [];
  const schemas: Record<string, any> = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    (schema.examples ?? []).forEach((value: unknown, index: number) => examples.push({ schema: name, source: `#/components/schemas/${name}/examples/${index}`, value }));
    if ("example" in schema) examples.push({ schema: name, source: `#/components/schemas/${name}/example`, value: schema.example });
  }
  const componentName = (ref: unknown): string | undefined =>
    typeof ref === "string" && ref.startsWith("#/components/schemas/") ? ref.slice("#/components/schemas/".length) : undefined;
  const fromContent = (content: Record<string, any> | undefined, where: string): void => {
    for (const [mediaType, media] of Object.entries<any>(content ?? {})) {
      if (!/json/.test(mediaType) || media.schema === undefined) continue;
      const direct = componentName(media.schema.$ref);
      const item = media.schema.type === "array" ? componentName(media.schema.items?.$ref) : undefined;
      const values: [string, unknown][] = Object.entries<any>(media.examples ?? {}).map(([key, example]) => [key, resolveRef(document, example).value]);
      if ("example" in media) values.push(["example", media.example]);
      for (const [key, value] of values) {
        const source = `${where} ${mediaType} example ${key}`;
        if (direct !== undefined) examples.push({ schema: direct, source, value });
        else if (item !== undefined && Array.isArray(value)) value.forEach((element, index) => examples.push({ schema: item, source: `${source}[${index}]`, value: element }));
      }
    }
  };
  for (const [path, pathItem] of Object.entries<any>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<any>(pathItem)) {
      if (typeof operation !== "object" || operation === null || !("responses" in operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (operation.requestBody) fromContent(resolveRef(document, operation.requestBody).content, `${where} request`);
      for (const [status, response] of Object.entries<any>(operation.responses)) fromContent(resolveRef(document, response).content, `${where} ${status}`);
    }
  }
  return examples;
}

/** Generated entry points in top-level order, matched with the component names (quicktype keeps their order). */
function entryPoints(code: string, pattern: RegExp, schemaNames: string[], lang: string, api: string): Map<string, string> {
  const found = [...code.matchAll(pattern)].map((match) => match[1]!);
  if (found.length !== schemaNames.length) {
    throw new Error(`${lang} ${api}: expected ${schemaNames.length} top-level types, quicktype generated ${found.length}`);
  }
  return new Map(schemaNames.map((name, index) => [name, found[index]!]));
}

async function findPython(): Promise<{ python: string; mypy: boolean; dateutil: boolean }> {
  const candidates = ["python3", "/usr/bin/python3"];
  let fallback: string | undefined;
  for (const python of candidates) {
    const probe = await run(python, ["-c", "import sys; print(sys.version_info[0])"]);
    if (probe.code !== 0) continue;
    fallback ??= python;
    const mypy = (await run(python, ["-m", "mypy", "--version"])).code === 0;
    const dateutil = (await run(python, ["-c", "import dateutil.parser"])).code === 0;
    if (mypy && dateutil) return { python, mypy, dateutil };
  }
  if (fallback === undefined) throw new Error("python3 is missing: apt-get install -y python3");
  return { python: fallback, mypy: false, dateutil: (await run(fallback, ["-c", "import dateutil.parser"])).code === 0 };
}

function goTest(api: string, unmarshal: Map<string, string>, examples: Example[]): string {
  const cases = examples
    .filter((example) => unmarshal.has(example.schema))
    .map((example) => `\t{${JSON.stringify(example.source)}, ${JSON.stringify(JSON.stringify(example.value))}, func(b []byte) error { _, err := Unmarshal${unmarshal.get(example.schema)}(b); return err }},`);
  return `package ${api}

import "testing"

// Decodes every example of the ${api} spec into the generated types.
func TestExamples(t *testing.T) {
	cases := []struct {
		source string
		json   string
		decode func([]byte) error
	}{
${cases.join("\n")}
	}
	for _, c := range cases {
		if err := c.decode([]byte(c.json)); err != nil {
			t.Errorf("%s: %v", c.source, err)
		}
	}
	t.Logf("%d examples decoded", len(cases))
}
`;
}

const pythonCheck = `"""Decodes every example with the generated *_from_dict functions and encodes it back with *_to_dict."""
import importlib
import json
import sys
import traceback
from typing import Any, Dict, List

def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as file:
        plan: Dict[str, Any] = json.load(file)
    failures: List[str] = []
    count = 0
    for api, entry in plan.items():
        module = importlib.import_module(api + "_models")
        for example in entry["examples"]:
            function = entry["functions"].get(example["schema"])
            if function is None:
                continue
            count += 1
            try:
                decoded = getattr(module, function + "_from_dict")(example["value"])
                getattr(module, function + "_to_dict")(decoded)
            except Exception:
                failures.append(api + " " + example["source"] + ": " + traceback.format_exc(limit=2))
    for failure in failures:
        print(failure)
    print(str(count) + " examples decoded and encoded, " + str(len(failures)) + " failed")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
`;

const mypyConfig = `[mypy]
check_untyped_defs = True
warn_redundant_casts = True
warn_unused_ignores = True
# quicktype's date-time parsing uses python-dateutil, which ships no type stubs.
[mypy-dateutil.*]
ignore_missing_imports = True
`;

async function main(argv: string[]): Promise<void> {
  const apiIndex = argv.indexOf("--api");
  const apiFilter = apiIndex >= 0 ? argv[apiIndex + 1] : undefined;
  const keep = argv.includes("--keep");
  const selected = apis.filter((api) => apiFilter === undefined || api.name === apiFilter);
  if (selected.length === 0) throw new Error(`unknown API ${apiFilter}; APIs are ${apis.map((api) => api.name).join(", ")}`);

  const dir = await mkdtemp(join(tmpdir(), "botspec-languages-"));
  const { failures, step } = checkRun(34);

  try {
    const goDir = join(dir, "go");
    const pyDir = join(dir, "python");
    await mkdir(goDir, { recursive: true });
    await mkdir(pyDir, { recursive: true });
    await writeFile(join(goDir, "go.mod"), "module botspec.example/models\n\ngo 1.19\n");
    const plan: Record<string, { functions: Record<string, string>; examples: Example[] }> = {};

    for (const api of selected) {
      const document = JSON.parse(await readFile(`generated/${api.name}/openapi.json`, "utf8"));
      const schemas: Record<string, unknown> = document.components?.schemas ?? {};
      const names = Object.keys(schemas);
      const examples = examplesOf(document);
      await step(`generate ${api.name} (Go, Python)`, async () => {
        const go = await generate(api, schemas, "go");
        const python = await generate(api, schemas, "python");
        const unmarshal = entryPoints(go, /^func Unmarshal(\w+)\(data \[\]byte\)/gm, names, "Go", api.name);
        const functions = entryPoints(python, /^def (\w+)_from_dict\(s: Any\)/gm, names, "Python", api.name);
        await mkdir(join(goDir, api.name));
        await writeFile(join(goDir, api.name, "models.go"), go);
        await writeFile(join(goDir, api.name, "examples_test.go"), goTest(api.name, unmarshal, examples));
        await writeFile(join(pyDir, `${api.name}_models.py`), python);
        plan[api.name] = { functions: Object.fromEntries(functions), examples };
        return `${names.length} types, ${examples.length} examples; ${go.split("\n").length} lines of Go, ${python.split("\n").length} of Python`;
      });
    }

    const goEnv = { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off", GOTOOLCHAIN: "local", GOWORK: "off" };
    const goVersion = await run("go", ["version"]);
    if (goVersion.code !== 0) {
      failures.push("Go is not installed: apt-get install -y golang-go");
    } else {
      await step("go vet", async () => {
        const result = await run("go", ["vet", "./..."], { cwd: goDir, env: goEnv });
        if (result.code !== 0) throw new Error(result.output);
        return goVersion.output.replace(/^go version /, "");
      });
      await step("go test (decode the examples)", async () => {
        const result = await run("go", ["test", "-count=1", "-v", "./..."], { cwd: goDir, env: goEnv });
        if (result.code !== 0) throw new Error(result.output);
        return [...result.output.matchAll(/(\d+) examples decoded/g)].map((match) => match[1]).join(" + ") + " examples";
      });
    }

    const { python, mypy, dateutil } = await findPython();
    const modules = selected.map((api) => `${api.name}_models.py`);
    if (mypy) {
      await writeFile(join(pyDir, "mypy.ini"), mypyConfig);
      await writeFile(join(pyDir, "check_examples.py"), pythonCheck);
      await step("mypy", async () => {
        const result = await run(python, ["-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", join(dir, "mypy-cache"), ...modules, "check_examples.py"], { cwd: pyDir });
        if (result.code !== 0) throw new Error(result.output);
        return `${python}, ${result.output.split("\n").pop()}`;
      });
    } else {
      const message = `mypy is not available for ${python}: apt-get install -y python3-mypy`;
      if (ci) failures.push(message);
      else console.warn(`warning: ${message}; only compiling the Python models`);
      await step("python -m py_compile", async () => {
        const result = await run(python, ["-m", "py_compile", ...modules], { cwd: pyDir });
        if (result.code !== 0) throw new Error(result.output);
        return python;
      });
    }
    if (dateutil) {
      await writeFile(join(pyDir, "check_examples.py"), pythonCheck);
      await writeFile(join(pyDir, "plan.json"), JSON.stringify(plan));
      await step("python (decode the examples)", async () => {
        const result = await run(python, ["check_examples.py", "plan.json"], { cwd: pyDir });
        if (result.code !== 0) throw new Error(result.output);
        return result.output.split("\n").pop();
      });
    } else {
      const message = `python-dateutil is not available for ${python} (the generated models parse date-times with it): apt-get install -y python3-dateutil`;
      if (ci) failures.push(message);
      else console.warn(`warning: ${message}; not decoding the examples in Python`);
    }
  } finally {
    if (keep) console.log(`generated code kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }

  report("check:languages", failures, "Go and Python models generated from the bundles compile, type-check and decode the examples");
}

runCheck(main);
