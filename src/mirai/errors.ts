import { ApiError, type ApiErrorDetails } from "../errors.js";

/** mirai-api-http status codes (`code` of `{code, msg}`) by name. */
export const miraiStatus = {
  OK: 0,
  WRONG_AUTH_KEY: 1,
  BOT_NOT_FOUND: 2,
  SESSION_INVALID: 3,
  SESSION_NOT_VERIFIED: 4,
  TARGET_NOT_FOUND: 5,
  NO_PERMISSION: 10,
  /** The bot is muted in the group (builds from 2020-02-26 on). */
  BOT_MUTED: 20,
  BAD_REQUEST: 400,
} as const;

export type MiraiStatusName = keyof typeof miraiStatus;

const names = new Map<number, MiraiStatusName>(
  Object.entries(miraiStatus).map(([name, code]) => [code, name as MiraiStatusName]),
);

/** mirai answered with a non-zero status code (under HTTP 200 or 400) or an HTTP error (500). */
export class MiraiApiError extends ApiError {
  override name = "MiraiApiError";
  /**
   * The status code of `{code, msg}`; undefined when the answer had none (e.g. a 500 with a text body), and
   * `"[REDACTED]"` when it equals a credential (an auth or session key of digits, echoed as the code).
   */
  declare readonly code: number | "[REDACTED]" | undefined;

  /** The status code's name, e.g. `SESSION_INVALID`; undefined for codes outside the table. */
  readonly codeName: MiraiStatusName | undefined;

  constructor(details: ApiErrorDetails) {
    super(details);
    this.codeName = typeof details.code === "number" ? names.get(details.code) : undefined;
  }
}
