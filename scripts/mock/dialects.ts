import { STATUS_CODES } from "node:http";
import type { ApiEntry } from "../apis.js";
import type { Operation } from "./operations.js";

/** Why the mock refuses a request, whatever the API. */
export type Refusal =
  | "malformed" // unparseable: URL encoding, JSON body, Prefer
  | "invalid" // parses, but breaks the operation's schema
  | "unauthorized"
  | "notFound"
  | "methodNotAllowed"
  | "notAcceptable"
  | "timeout" // the body stalled or the request took too long
  | "tooLarge"
  | "rateLimited"
  | "internal"
  | "busy"; // reading more request bodies at once than the mock holds

/** A response the layer writes itself. A string body is sent as text, undefined as no body. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Dialect {
  refuse(kind: Refusal, detail: string): Answer;
}

const STATUS: Record<Refusal, number> = {
  malformed: 400,
  invalid: 400,
  unauthorized: 401,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  timeout: 408,
  tooLarge: 413,
  rateLimited: 429,
  internal: 500,
  busy: 503,
};

type Body = Record<string, unknown>;

/** The first example value, over every response of every operation, that `match` accepts. */
function findExample(operations: readonly Operation[], match: (code: string, value: Body) => boolean): Body | undefined {
  for (const operation of operations) {
    for (const response of operation.responses) {
      for (const content of response.contents ?? []) {
        for (const example of content.examples ?? []) {
          const value = "value" in example ? example.value : undefined;
          if (typeof value === "object" && value !== null && !Array.isArray(value) && match(response.code, value as Body)) return value as Body;
        }
      }
    }
  }
  return undefined;
}

/** Looks each example up once: the spec does not change while the mock runs. */
function memo<T>(find: (key: number) => T): (key: number) => T {
  const found = new Map<number, T>();
  return (key) => {
    if (!found.has(key)) found.set(key, find(key));
    return found.get(key)!;
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

/**
 * KOOK: every answer is the envelope `{code, message, data}`. Invalid parameters come back as HTTP 200 with the
 * general failure code (the code of the `default` response's example); bad credentials as HTTP 401 with code 401; an
 * exhausted bucket as HTTP 429; anything unparseable as HTTP 400. Codes and texts come from the spec's examples.
 */
function kookDialect(operations: readonly Operation[]): Dialect {
  const general = findExample(operations, (code, value) => code === "default" && typeof value.code === "number");
  const limited = findExample(operations, (code) => code === "429");
  const byCode = memo((wanted: number) => findExample(operations, (_, value) => value.code === wanted));
  const generalCode = typeof general?.code === "number" ? general.code : 40000;
  return {
    refuse(kind, detail) {
      const status = kind === "invalid" ? 200 : STATUS[kind];
      const known = kind === "rateLimited" ? limited : kind === "invalid" || kind === "malformed" ? general : byCode(status);
      const code = typeof known?.code === "number" ? known.code : kind === "invalid" || kind === "malformed" || kind === "rateLimited" ? generalCode : status;
      const message = `${text(known?.message, STATUS_CODES[status] ?? "Error")}: ${detail}`;
      const data = known && "data" in known ? known.data : kind === "unauthorized" ? { name: "Unauthorized", status } : [];
      return { status, body: { code, message, data } };
    },
  };
}

/** Tomon: plain HTTP statuses with a `{message}` body (the spec's example text for that status, then the detail). */
function tomonDialect(operations: readonly Operation[]): Dialect {
  const byStatus = memo((status: number) => findExample(operations, (code, value) => code === String(status) && typeof value.message === "string"));
  return {
    refuse(kind, detail) {
      const status = STATUS[kind];
      const known = byStatus(status);
      return { status, body: { message: `${text(known?.message, STATUS_CODES[status] ?? "Error")}: ${detail}` } };
    },
  };
}

/** The `{code, msg}` status body of mirai for a status code, with the spec's text for it. */
export type MiraiStatusBody = (code: number, detail?: string) => { code: number; msg: string };

/**
 * mirai: a malformed or invalid request is HTTP 400 with `{code: 400, msg}`; routes that do not exist and failures
 * inside the server answer with an HTTP status and no body, as its HTTP server does.
 */
function miraiDialect(status: MiraiStatusBody): Dialect {
  return {
    refuse(kind, detail) {
      if (kind === "malformed" || kind === "invalid") return { status: 400, body: status(400, detail) };
      return { status: STATUS[kind], body: undefined };
    },
  };
}

/** mirai-api-http's own texts, for codes the spec has no example of. */
const MIRAI_TEXTS: Record<number, string> = {
  0: "success",
  1: "Auth Key错误",
  2: "指定Bot不存在",
  3: "Session失效或不存在",
  4: "Session未认证",
  5: "指定对象不存在",
  10: "无操作权限",
  400: "参数格式错误",
};

/**
 * The `{code, msg}` body for a code, with the text the spec's examples give it most often: the shared status response
 * appears under many operations, where a one-off (such as `/auth`'s `{code: 0, msg: <key>}` of older builds) does not.
 */
export function miraiStatusBody(operations: readonly Operation[]): MiraiStatusBody {
  const texts = new Map<number, Map<string, number>>();
  findExample(operations, (_, value) => {
    if (typeof value.code === "number" && typeof value.msg === "string") {
      const counts = texts.get(value.code) ?? new Map<string, number>();
      texts.set(value.code, counts.set(value.msg, (counts.get(value.msg) ?? 0) + 1));
    }
    return false;
  });
  const commonest = new Map([...texts].map(([code, counts]) => [code, [...counts].sort(([, a], [, b]) => b - a)[0]![0]]));
  return (code, detail) => {
    const msg = text(commonest.get(code), MIRAI_TEXTS[code] ?? `status ${code}`);
    return { code, msg: detail ? `${msg}: ${detail}` : msg };
  };
}

export function dialectOf(api: ApiEntry["name"], operations: readonly Operation[], miraiStatus: MiraiStatusBody): Dialect {
  if (api === "kook") return kookDialect(operations);
  if (api === "tomon") return tomonDialect(operations);
  return miraiDialect(miraiStatus);
}
