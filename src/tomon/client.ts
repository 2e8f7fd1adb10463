import type { CallOptions } from "../invoke.js";
import { apiError } from "../api-error.js";
import { bindOperations, createCore, type ClientBase, type CommonOptions } from "../core.js";
import type { RetryOptions } from "../fetch/retry.js";
import type { OperationArgs, OperationTable, Readable, SuccessBody } from "../operation.js";
import { checkOptions } from "../options.js";
import { createRedactor } from "../redact.js";
import { TomonApiError } from "./errors.js";

export interface TomonClientOptions extends CommonOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Retry settings, or false to send every request once. */
  retry?: RetryOptions | false | undefined;
}

/** The arguments of an operation method (generated as a method, so that an editor shows its parameters). */
export type OperationParams<Op> = OperationArgs<Op, CallOptions>;
/** What an operation method resolves to. */
export type OperationResult<Op> = Readable<SuccessBody<Op>>;

export type TomonClientBase<Paths extends {}, _Ops = unknown> = ClientBase<Paths>;

export function createTomonRuntime<Paths extends {}, Client>(table: OperationTable, options: TomonClientOptions & { baseUrl: string }): Client {
  const { token, ...common } = options;
  const retry = checkOptions("createTomonClient", "token", "header", options);
  const core = createCore({
    ...common,
    retry,
    headers: { Authorization: `Bearer ${token}` },
    redactor: createRedactor(() => [token]),
    result(answer) {
      if (answer.response.ok) return answer.body;
      const { code, message } = (answer.body ?? {}) as { code?: unknown; message?: unknown };
      throw apiError(TomonApiError, answer, typeof code === "number" || typeof code === "string" ? code : undefined, message);
    },
  });
  return bindOperations(table, core.invoke, core.raw, {}) as Client;
}
