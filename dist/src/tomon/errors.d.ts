import { ApiError } from "../errors.js";
/** Tomon answered with an HTTP error status. The error body is not documented; `message` is read when present. */
export declare class TomonApiError extends ApiError {
    name: string;
}
