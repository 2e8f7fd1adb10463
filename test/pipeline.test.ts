import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { apis } from "../scripts/apis.js";
import { listOperations } from "../scripts/operations.js";

const run = promisify(execFile);
const tsx = join(process.cwd(), "node_modules/.bin/tsx");

/** A scratch copy of the parts of the project a build reads, sharing node_modules. */
async function copyProject(dir: string, entries: string[]): Promise<void> {
  for (const entry of entries) await cp(entry, join(dir, entry), { recursive: true });
  await symlink(join(process.cwd(), "node_modules"), join(dir, "node_modules"), "dir");
}

describe.each(apis)("$name bundle", (api) => {
  it("is a 3.1 document with the 2020-12 dialect and operations that all have an operationId", async () => {
    const document = JSON.parse(await readFile(`generated/${api.name}/openapi.json`, "utf8"));
    expect(document.openapi).toBe("3.1.0");
    expect(document.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    const operations = listOperations(document);
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
  });

  it("has generated types that declare every operation", async () => {
    const document = JSON.parse(await readFile(`generated/${api.name}/openapi.json`, "utf8"));
    const types = await readFile(`generated/${api.name}/schema.d.ts`, "utf8");
    for (const { operationId } of listOperations(document)) expect(types).toContain(`    ${operationId}: {`);
  });
});

// Each build runs in a process of its own (tsx, Redocly): seconds alone, more in `npm test`, where the whole suite
// shares the cores; the timeouts allow for that.
describe("build pipeline", () => {
  it("fails on a broken example, naming the file and line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "botspec-broken-"));
    try {
      await copyProject(dir, ["spec", "redocly.yaml", "scripts", "package.json"]);
      const file = join(dir, "spec/tomon/paths/invites@{inviteCode}.yaml");
      const yaml = await readFile(file, "utf8");
      const broken = yaml.replace(/(\n\s+code: )(\S+)/, "$1 12345");
      expect(broken).not.toBe(yaml);
      await writeFile(file, broken);
      // Only Tomon's specs are linted: the broken file is Tomon's (Redocly takes seconds more for KOOK's).
      const failure = await run(tsx, ["scripts/build.ts", "--api", "tomon", "lint"], { cwd: dir }).then(
        () => undefined,
        (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
      );
      expect(failure).toBeDefined();
      expect(failure).toMatch(/spec\/tomon\/paths\/invites@\{inviteCode\}\.yaml:\n\s+\d+:\d+\s+error\s+no-invalid-media-type-examples/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("refuses to generate a client for a path or query parameter that is not a scalar", async () => {
    const dir = await mkdtemp(join(tmpdir(), "botspec-array-"));
    try {
      await copyProject(dir, ["spec", "redocly.yaml", "scripts", "package.json"]);
      const file = join(dir, "spec/tomon/components/parameters/ChannelId.yaml");
      const yaml = await readFile(file, "utf8");
      const array = yaml.replace("schema:\n  $ref: ../schemas/Snowflake.yaml", "schema:\n  type: array\n  items:\n    $ref: ../schemas/Snowflake.yaml");
      expect(array).not.toBe(yaml);
      await writeFile(file, array.replace(/\nexample: .*/, '\nexample: ["136412396142460928"]'));
      const failure = await run(tsx, ["scripts/build.ts", "--api", "tomon", "bundle", "client"], { cwd: dir }).then(
        () => undefined,
        (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
      );
      expect(failure).toMatch(/listChannelInvites: path parameter channelId is not a scalar/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("detects drift between generated/ and a fresh build", async () => {
    const dir = await mkdtemp(join(tmpdir(), "botspec-drift-"));
    try {
      await copyProject(dir, ["spec", "generated", "redocly.yaml", "scripts", "package.json"]);
      // That a fresh tree passes is the drift job's run beside these tests (scripts/test.ts), on every API.
      await writeFile(join(dir, "generated/tomon/schema.d.ts"), "// edited by hand\n", { flag: "a" });
      // The types step alone builds schema.d.ts again, from the committed bundle.
      const failure = await run(tsx, ["scripts/build.ts", "--check", "--api", "tomon", "types"], { cwd: dir }).then(
        () => "",
        (error: { stderr: string }) => error.stderr,
      );
      expect(failure).toContain("generated/tomon/schema.d.ts (differs)");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
