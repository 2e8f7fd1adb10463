// `npm run mock` as a developer runs it: one readable access-log line per request, no secret in its output, and no
// request that stops the process.
import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAccess, loggableTarget } from "../scripts/mock/access-log.js";
import { startMock } from "../scripts/prism.js";
import { send } from "./support/raw-http.js";

const token = "log-test-token-3f9a7c";
const authKey = "log-test-auth-key-5d2e";

/** Starts `npm run mock` (scripts/mock.ts) and waits until it prints the three URLs. */
async function startCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/mock.ts", ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  const cli = { child, output: "", urls: {} as Record<string, string> };
  child.stdout!.on("data", (chunk: Buffer) => (cli.output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (cli.output += chunk.toString("utf8")));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock did not start:\n${cli.output}`)), 25_000);
    const check = () => {
      for (const [, api, url] of cli.output.matchAll(/^(kook|tomon|mirai)\s+(http:\/\/\S+)$/gm)) cli.urls[api!] = url!;
      if (Object.keys(cli.urls).length === 3) {
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`mock exited:\n${cli.output}`));
      } else setTimeout(check, 100);
    };
    check();
  });
  return cli;
}

describe("npm run mock", () => {
  let cli: Awaited<ReturnType<typeof startCli>>;

  beforeAll(async () => {
    cli = await startCli(["--kook", "0", "--tomon", "0", "--mirai", "0", "--mirai-auth-key", authKey]);
  }, 30_000);
  afterAll(() => void cli?.child.kill("SIGTERM"));

  it("survives the request that used to kill it, logs one line per request, and prints no secret", async () => {
    const before = cli.output.split("\n").length;
    expect((await send(cli.urls.tomon!, { path: "/invites/%FF", headers: { Authorization: `Bearer ${token}` } })).status).toBe(400);
    expect((await send(cli.urls.kook!, { path: "/user/me", headers: { Authorization: `Bot ${token}` } })).status).toBe(200);
    expect((await send(cli.urls.kook!, { path: "/user/me", headers: { Authorization: `Token ${token}` } })).status).toBe(401);
    const auth = await send(cli.urls.mirai!, { method: "POST", path: "/auth", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ authKey }) });
    const sessionKey = auth.json().session as string;
    expect(sessionKey).toMatch(/^[A-Za-z0-9]{8}$/);
    expect((await send(cli.urls.mirai!, { path: `/friendList?sessionKey=${sessionKey}` })).json()).toMatchObject({ code: 4 });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(cli.child.exitCode).toBeNull();
    const lines = cli.output.split("\n").slice(before - 1).filter((line) => /^\d\d:\d\d:\d\d\.\d{3} /.test(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} tomon GET \/invites\/%FF 400 \d+ms \(malformed: .*percent-encoding\)$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} kook  GET \/user\/me 200 \d+ms$/);
    expect(lines[2]).toMatch(/ kook  GET \/user\/me 401 \d+ms \(unauthorized: /);
    expect(lines[4]).toMatch(/ mirai GET \/friendList\?sessionKey=\*\*\* 200 \d+ms \(session: code 4\)$/);
    for (const secret of [token, authKey, sessionKey]) expect(cli.output).not.toContain(secret);
  });
});

describe("npm run mock's options", () => {
  it("takes a port given on the command line over the one in the environment", async () => {
    // The environment names a port in use: the mock must not try it, as --kook 0 asks for a free one.
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const busyPort = (busy.address() as AddressInfo).port;
    const cli = await startCli(["--kook", "0", "--tomon", "0", "--mirai", "0", "--quiet"], { ...process.env, MOCK_KOOK_PORT: String(busyPort) }).finally(() => busy.close());
    cli.child.kill("SIGTERM");
    expect(new URL(cli.urls.kook!).port).not.toBe(String(busyPort));
  }, 30_000);
});

describe("a refused malformed query", () => {
  it("names the parameter, never its value, in the answer and the access log", async () => {
    const lines: string[] = [];
    const mock = await startMock("mirai", { log: (entry) => lines.push(formatAccess(entry)) });
    try {
      const answer = await send(mock.url, { path: "/friendList?sessionKey=s3cretKey%ZZ" });
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/sessionKey/);
      expect(answer.text).not.toContain("s3cretKey");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/ 400 \d+ms \(malformed: the query parameter "sessionKey"/);
      expect(lines[0]).not.toContain("s3cretKey");
    } finally {
      await mock.close();
    }
  });
});

describe("access log lines", () => {
  it("hide the values of secret-looking query parameters and escape control characters", () => {
    expect(loggableTarget("/friendList?sessionKey=abc123&count=5&authKey=k&token=t")).toBe("/friendList?sessionKey=***&count=5&authKey=***&token=***");
    expect(loggableTarget("/x?%73essionKey=abc")).toBe("/x?%73essionKey=***");
    const line = formatAccess({ api: "kook", method: "GET", target: "/a", status: 200, ms: 3, note: "x\ny" }, new Date("2026-01-01T10:11:12.345Z"));
    expect(line).toBe("10:11:12.345 kook  GET /a 200 3ms (x%0Ay)");
  });
});
