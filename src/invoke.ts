import type { Client } from "openapi-fetch";
import { AbortedError, InvalidResponseError, NetworkError, TimeoutError, type RequestContext } from "./errors.js";
import { splitInput, type OperationSpec } from "./operation.js";
import type { Redactor } from "./redact.js";

/** Per-call options of every operation method. */
export interface CallOptions {
  /** Cancels the call; the method then rejects with AbortedError. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (0: none). */
  timeoutMs?: number;
}

export interface Answer {
  /** The parsed body: JSON, text for text/plain operations or unparsable error bodies, undefined when there is none. */
  body: unknown;
  response: Response;
  /** Where the call went, for an error (built only when asked, since most calls succeed). */
  context(): RequestContext;
}

export interface InvokerSettings {
  baseUrl: string;
  timeoutMs: number | undefined;
  redactor: Redactor;
}

export type Invoke = (
  operationId: string,
  spec: OperationSpec,
  input: Record<string, unknown> | undefined,
  options: CallOptions | undefined,
) => Promise<Answer>;

/**
 * Sends one operation through the openapi-fetch client and reads the answer, turning every way a call can fail
 * without an answer (network, timeout, abort, unreadable body) into a typed error naming the operation.
 */
export function createInvoker(client: Client<any>, settings: InvokerSettings): Invoke {
  return async (operationId, spec, input, options = {}) => {
    const { path, query, body } = splitInput(spec, input);
    const context = (): RequestContext => ({
      operationId,
      method: spec.method.toUpperCase(),
      url: settings.redactor.text(requestUrl(settings.baseUrl, spec.path, path, query)),
    });
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const timeout = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
    const signal = timeout && options.signal ? AbortSignal.any([options.signal, timeout]) : (timeout ?? options.signal);

    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await client.request(spec.method, spec.path, {
        params: { path, query },
        body,
        parseAs: "text",
        ...(signal ? { signal } : {}),
        ...(spec.body === "multipart/form-data" ? { bodySerializer: toFormData } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw new AbortedError("aborted by the caller", context(), { cause: options.signal.reason });
      if (timeout?.aborted) throw new TimeoutError(timeoutMs!, context());
      // The cause is left out: its message or URL may hold a credential, and loggers print causes.
      throw new NetworkError(settings.redactor.text(describe(error)), context());
    }
    const { response } = result;
    if (!response.ok) {
      // openapi-fetch has read the error body already, parsing it when it is JSON.
      return { body: result.error === "" ? undefined : result.error, response, context };
    }
    const text = result.data as string | undefined;
    if (!text) return { body: undefined, response, context };
    if (spec.response?.startsWith("text/")) return { body: text, response, context };
    try {
      return { body: JSON.parse(text), response, context };
    } catch {
      throw new InvalidResponseError(`HTTP ${response.status} with a body that is not valid JSON`, response.status, context());
    }
  };
}

function requestUrl(baseUrl: string, template: string, path: Record<string, unknown>, query: Record<string, unknown>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString();
  return `${baseUrl}${filled}${search ? `?${search}` : ""}`;
}

function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value instanceof Blob) form.append(key, value, value instanceof File ? value.name : key);
    else form.append(key, String(value));
  }
  return form;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
