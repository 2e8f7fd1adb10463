// The package entry points botspec/kook, botspec/tomon and botspec/mirai, imported the way a user imports them
// (the package's self-reference through `exports`), from the compiled dist/.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, sendText, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.path === "/user/me") return sendJson(response, 200, { code: 0, message: "ok", data: { id: "k1" } });
    if (request.path === "/invites/abc") return sendJson(response, 200, { code: "abc" });
    if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: "s1" });
    if (request.path === "/verify" || request.path === "/release") return sendJson(response, 200, { code: 0, msg: "success" });
    if (request.path === "/uploadImage") return sendText(response, 200, "{ID}.png");
    sendJson(response, 200, { code: 3, msg: "Session失效" });
  });
});

afterAll(async () => {
  await server?.close();
});

/** Imported through a variable so that `tsc` does not need dist/ to exist when it checks this file. */
async function entry(api: string): Promise<Record<string, any>> {
  const specifier = `botspec/${api}`;
  return import(specifier);
}

describe("package entry points", () => {
  it.each([
    ["kook", "createKookClient", "KookApiError"],
    ["tomon", "createTomonClient", "TomonApiError"],
    ["mirai", "createMiraiClient", "MiraiApiError"],
  ])("botspec/%s resolves to dist/ and exports %s, %s and the shared errors", async (api, factory, errorClass) => {
    const resolved = import.meta.resolve(`botspec/${api}`);
    expect(resolved).toMatch(new RegExp(`/dist/${api}\\.js$`));
    const module = await entry(api);
    for (const name of [factory, errorClass, "ApiError", "NetworkError", "TimeoutError", "AbortedError", "InvalidResponseError"]) {
      expect(typeof module[name], name).toBe("function");
    }
    expect(module[errorClass].prototype).toBeInstanceOf(module.ApiError);
  });

  it("lets an uncaught error show its message, not the bundle's code", async () => {
    // Node prints the line the error was thrown on: dist/ written on one line printed 24 kB of code above the message.
    const script = 'import { createKookClient } from "botspec/kook"; createKookClient({ token: "" });';
    const failed = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd() }).catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
    const { stderr } = failed as { stderr: string };
    expect(stderr).toContain("TypeError: createKookClient: the `token` option must be a non-empty string");
    expect(stderr.length).toBeLessThan(3000);
  });

  it("shares one class per error among the entries, and withRaw from botspec/raw works on each entry's clients", async () => {
    const [kook, tomon, mirai, { withRaw }] = await Promise.all([entry("kook"), entry("tomon"), entry("mirai"), entry("raw")]);
    for (const name of ["ApiError", "NetworkError", "TimeoutError", "AbortedError", "InvalidResponseError"]) {
      expect(tomon[name], name).toBe(kook[name]);
      expect(mirai[name], name).toBe(kook[name]);
    }
    const { data } = await withRaw(tomon.createTomonClient({ token: "t0ken", baseUrl: server.url })).raw.GET("/invites/{inviteCode}", {
      params: { path: { inviteCode: "abc" } },
    });
    expect(data).toEqual({ code: "abc" });
    expect(() => withRaw({})).toThrow(new TypeError("withRaw: not a botspec client"));
  });

  it("serves calls from the compiled clients", async () => {
    const [{ createKookClient }, { createTomonClient }, { createMiraiClient, plain, MiraiApiError }] = await Promise.all([
      entry("kook"),
      entry("tomon"),
      entry("mirai"),
    ]);
    expect(await createKookClient({ token: "t0ken", baseUrl: server.url }).getCurrentUser()).toEqual({ id: "k1" });
    expect(await createTomonClient({ token: "t0ken", baseUrl: server.url }).getInvite({ inviteCode: "abc" })).toEqual({ code: "abc" });
    const mirai = createMiraiClient({ authKey: "key", baseUrl: server.url });
    {
      await using session = await mirai.openSession(1);
      expect(await session.uploadImage({ type: "friend", img: Buffer.from("png") })).toBe("{ID}.png");
      await expect(session.sendFriendMessage({ target: 2, messageChain: [plain("hi")] })).rejects.toBeInstanceOf(MiraiApiError);
    }
    expect(server.hits("/release")).toHaveLength(1);
  });

  it("loads two modules per entry, the entry and the shared runtime, and openapi-fetch only when `raw` sends its first request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "botspec-lazy-"));
    try {
      const logFile = join(dir, "loaded.log");
      // Module hooks run in a thread of their own; each module URL is appended to the log before the module runs.
      await writeFile(
        join(dir, "hooks.mjs"),
        `import { appendFileSync } from "node:fs";
export async function load(url, context, next) { appendFileSync(${JSON.stringify(logFile)}, url + "\\n"); return next(url, context); }`,
      );
      await writeFile(
        join(dir, "app.mjs"),
        `import { register } from "node:module";
import { readFileSync } from "node:fs";
register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});
const log = () => readFileSync(${JSON.stringify(logFile)}, "utf8");
const loaded = () => log().includes("/node_modules/openapi-fetch/");
const { createKookClient } = await import(${JSON.stringify(import.meta.resolve("botspec/kook"))});
const modules = log().split("\\n").filter((url) => url.includes("/dist/")).map((url) => url.replace(/^.*\\/dist\\//, "").replace(/-\\w+\\.js$/, ".js"));
const kook = createKookClient({ token: "t0ken", baseUrl: process.env.BASE_URL });
const steps = { imported: loaded() };
await kook.getCurrentUser();
steps.called = loaded();
const { withRaw } = await import(${JSON.stringify(import.meta.resolve("botspec/raw"))});
steps.withRaw = loaded();
const { data } = await withRaw(kook).raw.GET("/user/me");
steps.raw = loaded();
console.log(JSON.stringify({ modules, steps, data }));`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, "app.mjs")], { env: { ...process.env, BASE_URL: server.url } });
      expect(JSON.parse(stdout)).toEqual({
        modules: ["kook.js", "chunks/chunk.js"],
        steps: { imported: false, called: false, withRaw: false, raw: true },
        data: { code: 0, message: "ok", data: { id: "k1" } },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each(["kook", "tomon", "mirai"])("botspec/%s has type declarations TypeScript resolves", (api) => {
    const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
    const { resolvedModule } = ts.resolveModuleName(`botspec/${api}`, `${process.cwd()}/consumer.ts`, options, ts.sys);
    expect(resolvedModule?.resolvedFileName).toBe(`${process.cwd()}/dist/${api}.d.ts`);
    const declarations = readFileSync(`dist/generated/${api}/client.d.ts`, "utf8");
    expect(declarations).toContain(`export declare function create${api[0]!.toUpperCase()}${api.slice(1)}Client(`);
    expect(existsSync(`dist/generated/${api}/schema.d.ts`)).toBe(true);
  });

  it("keeps the error names when a user's bundler minifies the entry", async () => {
    const result = await build({
      stdin: { contents: 'export * from "botspec/mirai";', resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "node",
      write: false,
      logLevel: "silent",
    });
    const dir = await mkdtemp(join(tmpdir(), "botspec-minified-"));
    try {
      const file = join(dir, "mirai.min.mjs");
      await writeFile(file, result.outputFiles[0]!.contents);
      const minified = await import(pathToFileURL(file).href);
      const context = { operationId: "op", method: "GET", url: "http://x" };
      const details = { ...context, status: 200, code: 3, body: {} };
      expect(new minified.MiraiApiError(details).name).toBe("MiraiApiError");
      expect(new minified.ApiError(details).name).toBe("ApiError");
      expect(new minified.TimeoutError(5, context).name).toBe("TimeoutError");
      expect(String(new minified.NetworkError("reset", context))).toBe("NetworkError: op (GET http://x): reset");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
