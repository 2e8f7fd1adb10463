import type { Middleware } from "openapi-fetch";
import { createKookClient } from "../../generated/kook/client.js";
import { createMiraiClient } from "../../generated/mirai/client.js";
import { createTomonClient } from "../../generated/tomon/client.js";
import { ApiError } from "../../src/errors.js";
import { KookApiError } from "../../src/kook/errors.js";
import { MiraiApiError } from "../../src/mirai/errors.js";
import { TomonApiError } from "../../src/tomon/errors.js";
import type { ApiName } from "./spec.js";

export type AnyOperation = (input?: Record<string, unknown>, options?: object) => Promise<unknown>;

export const errorClass: Record<ApiName, typeof ApiError> = { kook: KookApiError, tomon: TomonApiError, mirai: MiraiApiError };

export const secrets = { token: "contract-token-5f1e9c", authKey: "contract-auth-key-77aa" };

/**
 * A generated client for `api` pointed at `baseUrl`, with retries and rate limiting off so that each call is one
 * request, and a middleware that records what Prism said about the last request and can set `Prefer`.
 */
export function contractClient(api: ApiName, baseUrl: string) {
  const state: { prefer?: string | undefined; violations: string | null; status?: number | undefined } = { violations: null };
  const recorder: Middleware = {
    onRequest({ request }) {
      if (state.prefer) request.headers.set("Prefer", state.prefer);
      return request;
    },
    onResponse({ response }) {
      state.violations = response.headers.get("sl-violations");
      state.status = response.status;
      return response;
    },
  };
  const client =
    api === "kook"
      ? createKookClient({ token: secrets.token, baseUrl, retry: false, rateLimit: false })
      : api === "tomon"
        ? createTomonClient({ token: secrets.token, baseUrl, retry: false })
        : createMiraiClient({ authKey: secrets.authKey, baseUrl });
  client.use(recorder);
  const method = (operationId: string) => (client as unknown as Record<string, AnyOperation>)[operationId]!;
  return { client, method, state };
}

/** What an operation method returns for a success body: KOOK unwraps the envelope (of operations that have one; an image answer is none). */
export function expectedResult(api: ApiName, body: unknown, operation?: { unwrapped?: boolean }): unknown {
  return api === "kook" && typeof body === "object" && !operation?.unwrapped ? (body as { data: unknown }).data : body;
}

/** A method's result as the test compares it: bytes (an image answer) as their text. */
export async function comparable(result: unknown): Promise<unknown> {
  return result instanceof Blob ? result.text() : result;
}
