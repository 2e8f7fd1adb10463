// `npm run mock` as a developer runs it: one readable access-log line per request, no secret in its output, and no
// request that stops the process.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAccess, loggableTarget } from "../scripts/mock/access-log.js";
import { send } from "./support/raw-http.js";

const token = "log-test-token-3f9a7c";
const authKey = "log-test-auth-key-5d2e";

describe("npm run mock", () => {
  let child: ChildProcess;
  let output = "";
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", "tsx", "scripts/mock.ts", "--kook", "0", "--tomon", "0", "--mirai", "0", "--mirai-auth-key", authKey], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`mock did not start:\n${output}`)), 25_000);
      const check = () => {
        for (const [, api, url] of output.matchAll(/^(kook|tomon|mirai)\s+(http:\/\/\S+)$/gm)) urls[api!] = url!;
        if (Object.keys(urls).length === 3) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) reject(new Error(`mock exited:\n${output}`));
        else setTimeout(check, 100);
      };
      check();
    });
  }, 30_000);
  afterAll(() => void child?.kill("SIGTERM"));

  it("survives the request that used to kill it, logs one line per request, and prints no secret", async () => {
    const before = output.split("\n").length;
    expect((await send(urls.tomon!, { path: "/invites/%FF", headers: { Authorization: `Bearer ${token}` } })).status).toBe(400);
    expect((await send(urls.kook!, { path: "/user/me", headers: { Authorization: `Bot ${token}` } })).status).toBe(200);
    expect((await send(urls.kook!, { path: "/user/me", headers: { Authorization: `Token ${token}` } })).status).toBe(401);
    const auth = await send(urls.mirai!, { method: "POST", path: "/auth", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ authKey }) });
    const sessionKey = auth.json().session as string;
    expect(sessionKey).toMatch(/^[A-Za-z0-9]{8}$/);
    expect((await send(urls.mirai!, { path: `/friendList?sessionKey=${sessionKey}` })).json()).toMatchObject({ code: 4 });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(child.exitCode).toBeNull();
    const lines = output.split("\n").slice(before - 1).filter((line) => /^\d\d:\d\d:\d\d\.\d{3} /.test(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} tomon GET \/invites\/%FF 400 \d+ms \(malformed: .*percent-encoding\)$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} kook  GET \/user\/me 200 \d+ms$/);
    expect(lines[2]).toMatch(/ kook  GET \/user\/me 401 \d+ms \(unauthorized: /);
    expect(lines[4]).toMatch(/ mirai GET \/friendList\?sessionKey=\*\*\* 200 \d+ms \(session: code 4\)$/);
    for (const secret of [token, authKey, sessionKey]) expect(output).not.toContain(secret);
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
