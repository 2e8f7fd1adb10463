// The package as a user gets it: installed into a fresh app from a git URL (what `npm install github:botspec/botspec`
// does: clone and pack; dist/ is committed, so npm installs no dev dependency and runs no script) and from the `npm
// pack` tarball. Each app imports every entry under ESM and `require` and reads the bundled specs through `exports`.
// The two installs hold the same files; a consumer file type-checks with `module: nodenext` in one and with
// `module: esnext` + `moduleResolution: bundler` in the other.
//
// Offline: each app gets a lockfile naming the registry packages exactly as this repository's lock does, so that
// `npm ci --offline` takes them from npm's cache (filled by this repository's own `npm ci`).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const apis = ["kook", "tomon", "mirai"] as const;
const root = process.cwd();
const lock = JSON.parse(await readFile("package-lock.json", "utf8"));
const manifest = JSON.parse(await readFile("package.json", "utf8"));

let work: string;
let packed: { files: { path: string }[]; unpackedSize: number; filename: string };
const apps: Record<"git" | "tarball", string> = { git: "", tarball: "" };

/** The runtime dependencies' lock entries (and theirs), copied from this repository's lockfile. */
function runtimeLockEntries(): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const pending = Object.keys(manifest.dependencies ?? {});
  while (pending.length > 0) {
    const name = pending.pop()!;
    const key = `node_modules/${name}`;
    if (key in entries) continue;
    const entry = lock.packages[key];
    if (!entry) throw new Error(`${key} is not in package-lock.json`);
    entries[key] = entry;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  return entries;
}

async function createApp(name: string, spec: string, resolved: string, integrity?: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir);
  const dependencies = { botspec: spec };
  await writeFile(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", dependencies }));
  const botspec = { version: manifest.version, resolved, ...(integrity ? { integrity } : {}), dependencies: manifest.dependencies };
  const packages = { "": { name, dependencies }, "node_modules/botspec": botspec, ...runtimeLockEntries() };
  await writeFile(join(dir, "package-lock.json"), JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }));
  await run("npm", ["ci", "--offline", "--no-audit", "--no-fund"], {
    cwd: dir,
    env: { ...process.env, npm_config_offline: "true", SCARF_ANALYTICS: "false" },
    maxBuffer: 1 << 24,
  });
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "botspec-install-"));

  // The git app installs this working tree as committed in a repository of its own.
  const repo = join(work, "repo");
  const { stdout: listed } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { maxBuffer: 1 << 24 });
  for (const file of new Set(listed.split("\0").filter(Boolean))) {
    await mkdir(join(repo, dirname(file)), { recursive: true });
    await cp(file, join(repo, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error; // deleted in the working tree, not yet in the index
    });
  }
  const git = (...args: string[]) => run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo });
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "snapshot");
  const { stdout: sha } = await git("rev-parse", "HEAD");

  const { stdout: packJson } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { maxBuffer: 1 << 24 });
  packed = JSON.parse(packJson)[0];
  const tarball = join(work, packed.filename);
  const { stdout: integrity } = await run("node", ["-e", `process.stdout.write("sha512-" + require("crypto").createHash("sha512").update(require("fs").readFileSync(${JSON.stringify(tarball)})).digest("base64"))`]);

  [apps.tarball, apps.git] = await Promise.all([
    createApp("app-tarball", `file:${tarball}`, `file:${tarball}`, integrity),
    createApp("app-git", `git+file://${repo}`, `git+file://${repo}#${sha.trim()}`),
  ]);
}, 480_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the npm tarball", () => {
  it("holds the compiled entries and the bundled specs, and no docs pages or sources", () => {
    const paths = packed.files.map((file) => file.path);
    for (const api of apis) {
      expect(paths).toContain(`dist/${api}.js`);
      expect(paths).toContain(`dist/${api}.d.ts`);
      expect(paths).toContain(`generated/${api}/openapi.json`);
      expect(paths).toContain(`generated/${api}/openapi.3.0.json`);
      expect(paths).toContain(`generated/${api}/openapi.yaml`);
    }
    expect(paths.filter((path) => /^(generated\/docs|docs|spec|src|scripts|test|examples)\//.test(path))).toEqual([]);
    // About 3 MB, most of it the bundled specs (KOOK's 95 operations, in three forms); the docs pages would add 4 MB.
    expect(packed.unpackedSize).toBeLessThan(4_000_000);
  });
});

describe.each(["git", "tarball"] as const)("installed from %s", (kind) => {
  const node = (file: string) => run(process.execPath, [file], { cwd: apps[kind] }).then(({ stdout }) => JSON.parse(stdout));

  it("imports every entry under ESM and reads the bundled specs", async () => {
    await writeFile(
      join(apps[kind], "esm.js"),
      `import * as kook from "botspec/kook";
import * as tomon from "botspec/tomon";
import * as mirai from "botspec/mirai";
import spec from "botspec/kook/openapi.json" with { type: "json" };
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(import.meta.url);
console.log(JSON.stringify({
  factories: [typeof kook.createKookClient, typeof tomon.createTomonClient, typeof mirai.createMiraiClient],
  error: new kook.KookApiError({ operationId: "op", method: "GET", url: "http://x", status: 200, code: 40000, body: {} }) instanceof kook.ApiError,
  specs: [spec.openapi, require("botspec/tomon/openapi.3.0.json").openapi, readFileSync(require.resolve("botspec/mirai/openapi.yaml"), "utf8").slice(0, 9)],
}));`,
    );
    expect(await node("esm.js")).toEqual({ factories: ["function", "function", "function"], error: true, specs: ["3.1.0", "3.0.3", "openapi: "] });
  });

  it("requires every entry from CommonJS (require(esm), Node ≥ 20.19)", async () => {
    await writeFile(
      join(apps[kind], "cjs.cjs"),
      `const { createKookClient } = require("botspec/kook");
const { createTomonClient } = require("botspec/tomon");
const { createMiraiClient, plain } = require("botspec/mirai");
const kook = createKookClient({ token: "t0ken", baseUrl: "http://127.0.0.1:9" });
console.log(JSON.stringify({
  factories: [typeof createKookClient, typeof createTomonClient, typeof createMiraiClient],
  method: typeof kook.getCurrentUser,
  chain: plain("hi"),
  spec: require("botspec/mirai/openapi.json").openapi,
}));`,
    );
    expect(await node("cjs.cjs")).toEqual({
      factories: ["function", "function", "function"],
      method: "function",
      chain: { type: "Plain", text: "hi" },
      spec: "3.1.0",
    });
  });
});

const consumerSource = `import { createKookClient, KookApiError, type KookClient } from "botspec/kook";
import { createTomonClient } from "botspec/tomon";
import { createMiraiClient, plain } from "botspec/mirai";

const kook: KookClient = createKookClient({ token: "t0ken", baseUrl: "http://127.0.0.1:4010" });
export async function main(): Promise<string> {
  const me = await kook.getCurrentUser();
  const name: string = me.username;
  // @ts-expect-error guild_id is required
  await kook.createInvite({ duration: 3600 });
  const invite = await createTomonClient({ token: "t0ken" }).getInvite({ inviteCode: "abc" });
  const session = await createMiraiClient({ authKey: "key" }).openSession(1);
  try {
    await session.sendFriendMessage({ target: 2, messageChain: [plain("hi")] });
  } catch (error) {
    if (error instanceof KookApiError) return String(error.code);
  } finally {
    await session.release();
  }
  return name + invite.code;
}
`;

/** Every file of the installed package under `dir`, by its path inside the package, with its bytes' hash. */
async function installedFiles(dir: string): Promise<Record<string, string>> {
  const base = join(dir, "node_modules/botspec");
  const files: Record<string, string> = {};
  for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(base, path)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return files;
}

// Both installs hold the same files, so each module setting checks the consumer in one of them: a program costs
// seconds, most of them spent checking the package's declarations (skipLibCheck is off), which two apps doubled.
describe("a TypeScript consumer of the installed package", () => {
  it("finds the same files installed from git and from the tarball", async () => {
    const [fromGit, fromTarball] = await Promise.all([installedFiles(apps.git), installedFiles(apps.tarball)]);
    expect(Object.keys(fromGit)).toContain("dist/kook.d.ts");
    expect(fromGit).toEqual(fromTarball);
  });

  it.each([
    ["nodenext", "git", { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
    ["bundler", "tarball", { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
  ] as const)("type-checks with module resolution %s (the app installed from %s)", async (_name, kind, resolution) => {
    const consumer = join(apps[kind], "consumer.ts");
    await writeFile(consumer, consumerSource);
    const program = ts.createProgram([consumer], {
      ...resolution,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    });
    // Every file but TypeScript's own libraries and @types/node, whose full check was most of a program's time.
    const checked = program.getSourceFiles().filter((file) => !program.isSourceFileDefaultLibrary(file) && !file.fileName.includes("/node_modules/@types/"));
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ].map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
    expect(checked.filter((file) => file.fileName.startsWith(`${apps[kind]}/node_modules/botspec/`)).length).toBeGreaterThan(5);
  }, 120_000);
});
