import { ApiError, type ApiErrorDetails } from "../errors.js";
/** mirai-api-http status codes (`code` of `{code, msg}`) by name. */
export declare const miraiStatus: {
    readonly OK: 0;
    readonly WRONG_AUTH_KEY: 1;
    readonly BOT_NOT_FOUND: 2;
    readonly SESSION_INVALID: 3;
    readonly SESSION_NOT_VERIFIED: 4;
    readonly TARGET_NOT_FOUND: 5;
    readonly NO_PERMISSION: 10;
    /** The bot is muted in the group (builds from 2020-02-26 on). */
    readonly BOT_MUTED: 20;
    readonly BAD_REQUEST: 400;
};
export type MiraiStatusName = keyof typeof miraiStatus;
/** mirai answered with a non-zero status code (under HTTP 200 or 400) or an HTTP error (500). */
export declare class MiraiApiError extends ApiError {
    name: string;
    /**
     * The status code of `{code, msg}`; undefined when the answer had none (e.g. a 500 with a text body), and
     * `"[REDACTED]"` when it equals a credential (an auth or session key of digits, echoed as the code).
     */
    readonly code: number | "[REDACTED]" | undefined;
    /** The status code's name, e.g. `SESSION_INVALID`; undefined for codes outside the table. */
    readonly codeName: MiraiStatusName | undefined;
    constructor(details: ApiErrorDetails);
}
