import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { createLogger } from "@stoplight/prism-core";
import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { validateInput } from "@stoplight/prism-http/dist/validator/index.js";
import { withContentChecks } from "../content-schema.js";
import type { ApiEntry } from "../apis.js";
import { isJsonMediaType } from "../operations.js";
import { loggableTarget, type AccessLog } from "./access-log.js";
import { credentialOf, securityFailure } from "./auth.js";
import { dialectOf, miraiStatusBody, type Answer, type Refusal } from "./dialects.js";
import { forGeneration } from "./generation.js";
import { declaresHeader, type Operation } from "./operations.js";
import { readPrefer, type Preference } from "./prefer.js";
import { createRateLimiter, type RateDecision, type RateLimitOptions } from "./rate-limit.js";
import { normalizeMultipart } from "./multipart.js";
import { servePage } from "./pages.js";
import { acceptWeight, BODIES_LIMIT, BODY_IDLE_MS, BodyError, flatHeaders, formField, isAcceptEntry, isMediaType, isRecord, parseBody, queryValues, readBody } from "./request.js";
import { createRouter, malformedQueryPart, malformedSegment } from "./routes.js";
import { createSessionFlow } from "./session-flow.js";
import { defaultMiraiAuthKey } from "./sessions.js";
import { describe, fromPrism, violation, violationsHeader, type Violation } from "./violations.js";

export interface LayerOptions {
  /** The auth key mirai's `/auth` accepts (default `botspec-mock-auth-key`). */
  miraiAuthKey?: string | undefined;
  /** KOOK rate limits (default: 120 requests per 60 s per bucket, 600 per 60 s in all, enforced). */
  rateLimit?: RateLimitOptions | undefined;
  /** Called once per request with its access-log line (default: nothing is logged). */
  log?: AccessLog | undefined;
  /** How long Prism may take to answer one request (default 10 s). */
  prismTimeoutMs?: number | undefined;
  /** How long the mock waits for the next bytes of a request body before refusing it with 408 (default 5 s). */
  bodyIdleMs?: number | undefined;
  /** Bytes the request bodies being read at once may hold together before the next is refused with 503 (64 MB). */
  bodiesLimit?: number | undefined;
}

/** A layer's answer before it is written: the refusal reasons go to `sl-violations`, the note to the access log. */
interface Outcome extends Answer {
  violations?: Violation[];
  note?: string;
  /** Prism's answer broke the operation's own response schema (refused as a 500). */
  invalidAnswer?: boolean;
}

/**
 * How many bodies `Prefer: dynamic=true` generates, at most, until one matches its schema (see askPrism). KOOK's
 * listThreadPosts, the worst, breaks its schema in about 36 % of generations (29 of 80 measured): 20 attempts leave
 * a 500 about once in a billion calls, where 5 left one in 160.
 */
const DYNAMIC_ATTEMPTS = 20;

const RATE_HEADER = /^x-rate-limit-/i;

/** Prism validates requests and its own examples; security is the layer's to check. `Prefer` adds to `mock`. */
const PRISM_CONFIG = {
  mock: { dynamic: false },
  checkSecurity: false,
  validateRequest: true,
  validateResponse: true,
  errors: true,
  upstreamProxy: undefined,
  isProxy: false,
} as const;

/**
 * The mock of one API: Prism (routing, validation, examples, `Prefer`) behind a layer that answers the way the real
 * service does wherever a client has to handle the difference: its error shapes and codes, credentials, mirai's
 * sessions, KOOK's rate limits. No request can crash it: every failure, Prism's included, becomes an answer.
 */
export async function createMockServer(api: ApiEntry["name"], document: unknown, options: LayerOptions = {}) {
  return serveMock(api, await prepareSpec(document), options);
}

/** What a mock reads from its document, the same for every server of that document (none of it is changed). */
export interface PreparedSpec {
  operations: Operation[];
  /** Prism's request validator with the content checks added. */
  validateContent: typeof validateInput;
}

/**
 * Reads a bundle's operations for Prism and compiles its content checks: the slow part of starting a mock (about a
 * second for KOOK's 100 operations), which servers of the same document can share (scripts/prism.ts does).
 */
export async function prepareSpec(document: unknown): Promise<PreparedSpec> {
  // Prism dereferences the document it reads in place; the content checks get their own copy, taken first.
  const validateContent = withContentChecks(validateInput, structuredClone(document) as Record<string, any>);
  const operations: Operation[] = await getHttpOperationsFromSpec(document as Parameters<typeof getHttpOperationsFromSpec>[0]);
  return { operations, validateContent };
}

/** A mock server of a prepared document (see createMockServer). */
export function serveMock(api: ApiEntry["name"], spec: PreparedSpec, options: LayerOptions = {}) {
  const { operations, validateContent } = spec;
  const prism = createInstance(
    PRISM_CONFIG,
    // Prism treats contentSchema as an annotation; the strings that declare one (KOOK's cards) are checked too.
    { logger: createLogger("botspec-mock", { level: "silent" }), validateInput: validateContent },
  );
  const route = createRouter(operations);
  const status = miraiStatusBody(operations);
  const dialect = dialectOf(api, operations, status);
  const sessionAnswer = createSessionFlow(operations, options.miraiAuthKey ?? defaultMiraiAuthKey, status);
  const limiter = createRateLimiter(options.rateLimit);
  const rateControlled = new Set(operations.filter((operation) => operation.responses.some((response) => declaresHeader(response, "X-Rate-Limit-Bucket"))));
  const prismTimeoutMs = options.prismTimeoutMs ?? 10_000;
  const bodyIdleMs = options.bodyIdleMs ?? BODY_IDLE_MS;
  /** Per request being read: aborted by `clientError` when its connection fails under it (see below). */
  const bodyAborts = new WeakMap<IncomingMessage, AbortController>();
  const bodyBudget = { left: options.bodiesLimit ?? BODIES_LIMIT };

  const refuse = (kind: Refusal, detail: string, violations: Violation[], extra: Partial<Outcome> = {}): Outcome => {
    const answer = dialect.refuse(kind, detail);
    return { ...answer, ...extra, headers: { ...extra.headers, ...answer.headers }, violations, note: `${kind}: ${detail}` };
  };

  async function respond(request: IncomingMessage): Promise<Outcome> {
    const rawUrl = request.url ?? "/";
    const url = rawUrl.startsWith("/") ? parseUrl(rawUrl) : undefined;
    if (!url) return refuse("malformed", "the request target must be a path", [violation(["path"], "invalid_url", "not a path")]);
    const bad = malformedSegment(url.pathname);
    if (bad !== undefined) {
      const detail = `the path segment "${bad.slice(0, 60)}" is not valid percent-encoding`;
      return refuse("malformed", detail, [violation(["path"], "invalid_percent_encoding", detail)]);
    }
    const badQuery = malformedQueryPart(url.search);
    if (badQuery !== undefined) {
      // Named, not quoted: the value may be a secret (mirai's sessionKey), and the note goes to the access log.
      const name = badQuery.split("=")[0]!.slice(0, 60);
      const detail = `the query parameter "${name}" (its name or value) is not valid percent-encoding`;
      return refuse("malformed", detail, [violation(["query"], "invalid_percent_encoding", detail)]);
    }
    const method = request.method ?? "GET";
    const match = route(method, url.pathname);
    // Refused before the body is read: a body nobody will use is not held. Its bytes are left on the connection, which
    // the answer closes.
    const hasBody = (request.headers["content-length"] ?? "0") !== "0" || request.headers["transfer-encoding"] !== undefined;
    const unread = hasBody ? { headers: { Connection: "close" } } : {};
    if ("status" in match) {
      if (match.status === 404) return refuse("notFound", `no operation has the path ${url.pathname.slice(0, 100)}`, [violation(["path"], 404, "no such route")], unread);
      const allowed = match.allowed!.join(", ");
      return refuse("methodNotAllowed", `the path takes ${allowed}`, [violation(["method"], 405, `allowed: ${allowed}`)], { headers: { ...unread.headers, Allow: allowed } });
    }
    const { operation } = match;

    const unauthorized = securityFailure(operation, request.headers, url.searchParams);
    if (unauthorized) return refuse("unauthorized", unauthorized, [violation(["header", "Authorization"], 401, unauthorized)], unread);

    let bytes: Buffer | "tooLarge" | "busy";
    try {
      bytes = await readBody(request, { idleMs: bodyIdleMs, signal: bodyAborts.get(request)?.signal, budget: bodyBudget });
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      // The rest of the connection cannot be trusted: the answer closes it.
      const close = { headers: { Connection: "close" } };
      if (error.timedOut) return refuse("timeout", error.message, [violation(["body"], 408, error.message)], close);
      return refuse("malformed", error.message, [violation(["body"], "invalid_body", error.message)], close);
    }
    if (bytes === "tooLarge") return refuse("tooLarge", "the body is larger than 10 MB", [violation(["body"], 413, "body too large")], { headers: { Connection: "close" } });
    if (bytes === "busy") {
      const detail = "the mock is reading more request bodies at once than it holds";
      return refuse("busy", detail, [violation(["body"], 503, detail)], { headers: { Connection: "close", "Retry-After": "1" } });
    }

    const headers = flatHeaders(request.headers);
    const prefer = readPrefer(headers.prefer, operation);
    if ("error" in prefer) return refuse("malformed", prefer.error, [violation(["header", "Prefer"], "invalid_prefer", prefer.error)]);
    const { preference } = prefer;
    const scripted = preference.code !== undefined || preference.exampleKey !== undefined;

    let contentType = headers["content-type"];
    if (contentType !== undefined && !isMediaType(contentType)) {
      const detail = `Content-Type ${JSON.stringify(contentType)} is not a media type`;
      return refuse("malformed", detail, [violation(["header", "content-type"], "invalid_content_type", detail)]);
    }
    if (headers.accept !== undefined) {
      // Prism fails (HTTP 500) on an entry that is no media type, and on an empty one, which HTTP allows: the empty
      // ones are dropped, the others refused as the Content-Type is.
      const accepted = headers.accept.split(",").filter((entry) => entry.trim() !== "");
      if (!accepted.every(isAcceptEntry)) {
        const detail = `Accept ${JSON.stringify(headers.accept.slice(0, 200))} is not a list of media types`;
        return refuse("malformed", detail, [violation(["header", "accept"], "invalid_accept", detail)]);
      }
      // An entry of weight 0 says what is not acceptable: Prism, given `*/*;q=0`, failed its own check of the answer
      // (500). Left out, they leave what is acceptable; when nothing is, a type no operation answers gets Prism's 406.
      const acceptable = accepted.filter((entry) => acceptWeight(entry) > 0);
      if (acceptable.length > 0) headers.accept = acceptable.join(",");
      else if (accepted.length > 0) headers.accept = "application/x-botspec-nothing-acceptable";
      else delete headers.accept;
    }
    if (contentType !== undefined && /^\s*multipart\/form-data\s*(;|$)/i.test(contentType) && bytes.length > 0) {
      const form = normalizeMultipart(bytes, contentType);
      if ("error" in form) return refuse("malformed", form.error, [violation(["body"], "invalid_multipart", form.error)]);
      ({ bytes, contentType } = form);
      headers["content-type"] = contentType;
    }
    const parsed = parseBody(bytes, contentType);
    if ("error" in parsed) return refuse("malformed", parsed.error, [violation(["body"], "invalid_json", parsed.error)]);

    const rate = rateControlled.has(operation) ? limiter.take(credentialOf(headers.authorization ?? ""), operation.path.slice(1), scripted) : undefined;
    if (rate?.refused) {
      const detail = rate.refused === "global" ? "the global rate limit is reached" : `the bucket ${operation.path.slice(1)} is empty`;
      return refuse("rateLimited", detail, [violation([], 429, detail)], { headers: rate.headers });
    }

    const outcome = await askPrism(operation, url, headers, parsed.body, preference);
    if (outcome.status < 400 && !outcome.violations && sessionAnswer && !scripted) {
      const body = isRecord(parsed.body) ? parsed.body : {};
      const sessionKey = url.searchParams.get("sessionKey") ?? (typeof body.sessionKey === "string" ? body.sessionKey : formField(parsed.text, contentType, "sessionKey"));
      const simulated = sessionAnswer(operation, { body, sessionKey });
      if (simulated) return withRate({ ...simulated, note: `session: code ${(simulated.body as { code: number }).code}` }, rate, false);
    }
    if (outcome.status === 200 && !scripted) outcome.body = servePage(outcome.body, url.searchParams);
    return withRate(outcome, rate, scripted);
  }

  /**
   * Prism's answer (see askPrismOnce). A generated body (`Prefer: dynamic=true`) that breaks its schema is generated
   * again, a few times: json-schema-faker gets some schemas wrong now and then (deep in KOOK's recursive thread
   * replies) where generation.ts cannot narrow them. A seeded one is generated again with seeds derived from it
   * (`<seed>#2`, ...), so that it stays repeatable: it repeated the mock's own 500 for half the seeds.
   */
  async function askPrism(operation: Operation, url: URL, headers: Record<string, string>, body: unknown, preference: Preference): Promise<Outcome> {
    const attempts = preference.dynamic ? DYNAMIC_ATTEMPTS : 1;
    for (let attempt = 1; ; attempt++) {
      const tried = attempt === 1 || preference.seed === undefined ? preference : { ...preference, seed: `${preference.seed}#${attempt}` };
      const outcome = await askPrismOnce(operation, url, headers, body, tried);
      if (!outcome.invalidAnswer || attempt >= attempts) return outcome;
    }
  }

  /**
   * Prism's answer: the example it picks, or the refusal of a request its validator rejects. Prism is given only the
   * operation the layer routed to: routing among all of them again took most of Prism's time per request.
   */
  async function askPrismOnce(operation: Operation, url: URL, headers: Record<string, string>, body: unknown, preference: Preference): Promise<Outcome> {
    const input = { method: operation.method, url: { path: url.pathname, query: queryValues(url.searchParams) }, headers, body };
    const config = { ...PRISM_CONFIG, mock: { ...PRISM_CONFIG.mock, ...preference } };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Prism did not answer within ${prismTimeoutMs} ms`)), prismTimeoutMs);
    });
    // Dynamic bodies are generated from a variant of the operation its generator gets right (see generation.ts).
    const target = preference.dynamic ? forGeneration(operation) : operation;
    // Started inside a promise: what Prism throws at once (a header it cannot parse) must still clear the timer.
    const answer = Promise.resolve().then(() => prism.request(input as never, [target] as never, config as never)());
    const result = await Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
    if (result._tag === "Left") {
      const error = result.left as Error & { status?: number; detail?: string; additional?: { validation?: Violation[] } };
      const detail = error.detail || error.message;
      const violations = (error.additional?.validation ?? []).map((entry) => ({ ...entry, location: ["request", ...(entry.location ?? [])] }));
      switch (error.status) {
        case 400:
        case 422:
          return refuseInput(operation, violations);
        case 415:
          return refuse("invalid", detail, [violation(["header", "content-type"], 415, detail)]);
        case 406:
          return refuse("notAcceptable", detail, [violation(["header", "accept"], 406, detail)]);
        case 404:
          return refuse("malformed", `Prefer cannot be served: ${detail}`, [violation(["header", "Prefer"], 404, detail)]);
        default:
          return refuse("internal", detail, violations);
      }
    }
    const { output, validations } = result.right;
    const inputViolations = fromPrism(validations.input as never);
    if (inputViolations.some((entry) => entry.severity === "Error")) return refuseInput(operation, inputViolations);
    const outputViolations = fromPrism(validations.output as never, "response");
    if (outputViolations.some((entry) => entry.severity === "Error")) {
      return refuse("internal", `the spec's answer does not match its own schema (${describe(outputViolations)})`, [...inputViolations, ...outputViolations], { invalidAnswer: true });
    }
    const answerHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(output.headers ?? {})) if (value !== null && value !== undefined) answerHeaders[name] = String(value);
    const warnings = [...inputViolations, ...outputViolations];
    return { status: output.statusCode, headers: answerHeaders, body: output.body, ...(warnings.length > 0 ? { violations: warnings } : {}) };
  }

  /** The bucket's real counts in place of the example's rate-limit headers; a scripted 429 shows an empty bucket. */
  /**
   * An invalid request, refused as the API does. mirai converts its numeric query parameters (`count`, `target`,
   * `memberId`) unchecked: one missing or not a number fails inside the server, an HTTP 500 without a body (as the
   * spec says), not the 400 of other invalid input.
   */
  function refuseInput(operation: Operation, violations: Violation[]): Outcome {
    const detail = describe(violations);
    const numeric = api === "mirai" ? numericQuery(operation) : new Set<string>();
    // The parameter is the violation's location, or, when it is missing, named in its message.
    const parameter = (entry: Violation) => String(entry.location?.[2] ?? /required property '([^']+)'/.exec(entry.message)?.[1]).toLowerCase();
    if (violations.some((entry) => entry.location?.[1] === "query" && numeric.has(parameter(entry)))) {
      return refuse("internal", `mirai fails converting a numeric query parameter: ${detail}`, violations);
    }
    return refuse("invalid", detail, violations);
  }

  function withRate(outcome: Outcome, rate: RateDecision | undefined, scripted: boolean): Outcome {
    if (!rate) return outcome;
    const headers = Object.fromEntries(Object.entries(outcome.headers ?? {}).filter(([name]) => !RATE_HEADER.test(name)));
    Object.assign(headers, rate.headers);
    if (scripted && outcome.status === 429) headers["X-Rate-Limit-Remaining"] = "0";
    return { ...outcome, headers };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    bodyAborts.set(request, new AbortController());
    request.on("error", () => {});
    response.on("error", () => {});
    let outcome: Outcome;
    try {
      outcome = await respond(request);
    } catch (error) {
      const detail = `the mock failed: ${error instanceof Error ? error.message : String(error)}`;
      outcome = refuse("internal", detail, [violation([], 500, detail)]);
    }
    try {
      write(response, outcome);
    } catch (error) {
      const detail = `the answer could not be written: ${error instanceof Error ? error.message : String(error)}`;
      outcome = refuse("internal", detail, [violation([], 500, detail)]);
      if (!response.headersSent) write(response, outcome);
      else response.destroy();
    }
    options.log?.({
      api,
      method: request.method ?? "GET",
      target: loggableTarget(request.url ?? "/"),
      status: outcome.status,
      ms: Math.round(performance.now() - started),
      note: outcome.note,
    });
  }

  const server = createHttpServer({ requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 65_000 }, (request, response) => void handle(request, response));
  // Bytes that are not HTTP, or a request that outlived requestTimeout: answer 400 and close, unless an answer on the
  // connection is still being made. That answer goes out first and the connection then closes; if its request's body
  // was still being read (the error is in the body's framing, the client ended the connection in the middle of it, or
  // the request timed out), the read stops and the answer is the refusal. Node leaves the socket to this handler:
  // only marking the answer as the last one left such connections open and silent for ever.
  server.on("clientError", (error, socket) => {
    const pending = (socket as { _httpMessage?: ServerResponse })._httpMessage;
    if (pending && !pending.writableEnded) {
      pending.shouldKeepAlive = false;
      const request = pending.req as IncomingMessage | undefined;
      if (request && !request.complete) bodyAborts.get(request)?.abort(error);
    } else if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });

  return {
    async listen(port: number, host: string): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      const address = server.address();
      if (!address || typeof address === "string") throw new Error("the mock server has no TCP address");
      const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${hostname}:${address.port}`;
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function write(response: ServerResponse, outcome: Outcome): void {
  const headers: Record<string, string> = { ...outcome.headers };
  if (outcome.violations && outcome.violations.length > 0) headers["sl-violations"] = violationsHeader(outcome.violations);
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1];
  let payload: string | undefined;
  if (outcome.body === undefined || outcome.body === null && contentType === undefined) payload = undefined;
  else if (typeof outcome.body === "string" && (contentType === undefined || !isJsonMediaType(contentType))) payload = outcome.body;
  else payload = JSON.stringify(outcome.body);
  if (payload !== undefined && contentType === undefined) headers["Content-Type"] = typeof outcome.body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
  headers["Content-Length"] = String(payload === undefined ? 0 : Buffer.byteLength(payload));
  response.writeHead(outcome.status, headers);
  response.end(payload);
}

function parseUrl(rawUrl: string): URL | undefined {
  try {
    return new URL(`http://mock${rawUrl}`);
  } catch {
    return undefined;
  }
}

/** The names of an operation's integer and number query parameters, in lower case (as Prism's violations name them). */
function numericQuery(operation: Operation): Set<string> {
  const numeric = (operation.request?.query ?? []).filter((parameter) => ["integer", "number"].includes(String((parameter.schema as { type?: unknown } | undefined)?.type)));
  return new Set(numeric.map((parameter) => parameter.name.toLowerCase()));
}

