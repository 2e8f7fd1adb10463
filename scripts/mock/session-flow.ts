import type { Answer, MiraiStatusBody } from "./dialects.js";
import { firstExampleValue, inputNames, type Operation } from "./operations.js";
import { createSessions, SESSION } from "./sessions.js";

/** The operations of mirai's session flow, by operationId (as the mirai client names them too). */
const FLOW = { auth: "authenticate", verify: "verifySession", release: "releaseSession" } as const;

/** What a request carries: the body (parsed JSON, or undefined) and its session key wherever it was sent. */
export interface SessionInput {
  body: Record<string, unknown>;
  sessionKey: string | undefined;
}

/** The answer of the session flow to a valid request, or undefined to serve the operation's example. */
export type SessionFlow = (operation: Operation, input: SessionInput) => Answer | undefined;

/**
 * mirai-api-http's sessions, when the bundle describes its session flow (else undefined): `/auth` checks the auth
 * key and issues a fresh key in the shape of the spec's own example (`session` or, in older builds, `msg`);
 * `/verify` binds a key; `/release` ends it; every other operation that takes a `sessionKey` needs a verified one
 * (codes 3 and 4 otherwise). All of them answer HTTP 200, as mirai-api-http does.
 */
export function createSessionFlow(operations: readonly Operation[], authKey: string, status: MiraiStatusBody): SessionFlow | undefined {
  if (!Object.values(FLOW).every((id) => operations.some((operation) => operation.iid === id))) return undefined;
  const sessions = createSessions(authKey);
  const keyed = new Set(operations.filter((operation) => inputNames(operation).has("sessionKey")));
  return (operation, input) => {
    const { body } = input;
    switch (operation.iid) {
      case FLOW.auth: {
        const key = sessions.authenticate(body.authKey);
        if (key === undefined) return { status: 200, body: status(SESSION.WRONG_AUTH_KEY) };
        return { status: 200, body: authBody(operation, key) };
      }
      case FLOW.verify:
        return { status: 200, body: status(sessions.verify(body.sessionKey, body.qq)) };
      case FLOW.release:
        return { status: 200, body: status(sessions.release(body.sessionKey, body.qq)) };
      default: {
        if (!keyed.has(operation)) return undefined;
        const code = sessions.check(input.sessionKey);
        return code === SESSION.OK ? undefined : { status: 200, body: status(code) };
      }
    }
  };
}

/** The spec's example answer of `/auth` with the new key in its key property (`session`, or `msg` in older builds). */
function authBody(operation: Operation, key: string): Record<string, unknown> {
  const success = operation.responses.find((response) => response.code === "200");
  const example = firstExampleValue(success);
  const shape = typeof example === "object" && example !== null ? { ...(example as Record<string, unknown>) } : { code: 0 };
  const property = "session" in shape || !("msg" in shape) ? "session" : "msg";
  return { ...shape, code: 0, [property]: key };
}
