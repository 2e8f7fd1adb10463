import { ApiError } from "../errors.js";

/**
 * KOOK answered with a non-zero `code` (under HTTP 200 too) or an HTTP error. `code` is KOOK's code, `status` the
 * HTTP status. KOOK publishes no code list; codes seen: 40000, 40011, 40014, 40300, 42007, 42008, 42012, 47001.
 */
export class KookApiError extends ApiError {
  override name = "KookApiError";
  /**
   * KOOK's code from the envelope; undefined when the answer had none (e.g. an HTTP error without an envelope), and
   * `"[REDACTED]"` when it equals a credential of the call (a token of digits, echoed as the code).
   */
  declare readonly code: number | "[REDACTED]" | undefined;
}
