// The scripts in examples/ run as a user runs them (`npx tsx examples/<api>.ts`), against the mocks `npm run mock`
// serves, so that they cannot rot: a renamed method, a changed field or a mock that refuses their auth fails here.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockServer } from "../scripts/prism.js";

const run = promisify(execFile);
const mocks: Partial<Record<"kook" | "tomon" | "mirai", MockServer>> = {};

beforeAll(async () => {
  for (const api of ["kook", "tomon", "mirai"] as const) mocks[api] = await startMock(api);
});
afterAll(() => Promise.all(Object.values(mocks).map((mock) => mock.close())));

describe.concurrent("examples/", () => {
  it.each([
    ["kook", [/^signed in as \S+#\d+$/m, /^invite: https:\/\//m, /^thread: /m]],
    ["tomon", [/^invite \w+ leads to /m, /^created \w+, valid for \d+ s$/m, /^\d+ invite\(s\) in the channel$/m]],
    ["mirai", [/^\d+ friend\(s\)/m, /^\d+ group\(s\)$/m, /^sendGroupMessage: success$/m]],
  ] as const)("%s.ts runs against the mock", async (api, expected) => {
    const env = { ...process.env, [`${api.toUpperCase()}_BASE_URL`]: mocks[api]!.url };
    const { stdout, stderr } = await run("node_modules/.bin/tsx", [`examples/${api}.ts`], { env });
    expect(stderr).toBe("");
    for (const line of expected) expect(stdout).toMatch(line);
  }, 90_000);
});
