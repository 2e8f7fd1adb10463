// The README is the user's path: short, in the order a newcomer needs it, and every TypeScript block in it compiles
// against the package as installed (the `exports` of package.json, dist/) with the settings it recommends. The first
// call runs against the KOOK mock.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockServer } from "../scripts/prism.js";
import { typeCheck } from "./support/typescript.js";

const readme = readFileSync("README.md", "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
const dir = join(process.cwd(), "test-output", "readme");

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  blocks.forEach((block, i) => writeFileSync(join(dir, `block${i}.ts`), block));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README.md", () => {
  it("is at most 150 lines, in the order a user needs it", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(150);
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      "Requirements",
      "Install",
      "A first call, against the mock",
      "KOOK",
      "Tomon",
      "mirai-api-http",
      "Errors",
      "Mock server",
      "Reference pages",
      "Other languages",
      "Contributing",
    ]);
  });

  it("has TypeScript blocks that compile against the package with the settings it recommends", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const files = blocks.map((_, i) => join(dir, `block${i}.ts`));
    const { program, diagnostics } = typeCheck(files, ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"]);
    expect(diagnostics).toEqual([]);
    // Resolved as a user's app resolves them: through package.json's exports to dist/.
    expect(program.getSourceFiles().map((file) => file.fileName)).toContain(join(process.cwd(), "dist/kook.d.ts"));
  }, 60_000);

  describe("the first call", () => {
    let mock: MockServer;
    beforeAll(async () => {
      mock = await startMock("kook");
    });
    afterAll(() => mock?.close());

    it("prints the mock's user", async () => {
      const first = blocks[0]!;
      expect(first).toContain('baseUrl: "http://127.0.0.1:4010"');
      const file = join(dir, "first.ts");
      writeFileSync(file, first.replace("http://127.0.0.1:4010", mock.url));
      const { stdout } = await promisify(execFile)("node_modules/.bin/tsx", [file]);
      expect(stdout).toMatch(/^\S+ \d+\n$/);
    });
  });
});
