/** The default of `maxResponseBytes`: far above any answer of these APIs, far below what hurts a bot's process. */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/**
 * An answer's body was larger than `maxResponseBytes` (counted after decompression); the connection was dropped. The
 * operation methods turn it into InvalidResponseError; `raw` rejects with it as it is, a TypeError as fetch's own
 * failures are.
 */
export declare class ResponseTooLarge extends TypeError {
    readonly status: number;
    constructor(status: number, maxBytes: number);
}
/**
 * The whole body as text, read while counting its bytes: past `maxBytes` the stream is cancelled (which closes the
 * connection instead of downloading the rest) and ResponseTooLarge thrown. fetch has already decompressed what the
 * stream yields, so a small gzip body that decodes to a huge one is stopped too. A body whose Content-Length is
 * within the limit and that is not compressed cannot grow past it, and is read by `text()`, which costs less.
 */
export declare function readText(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<string>;
/** The whole body as a Blob of its media type, read within `maxBytes` as `readText` reads text. */
export declare function readBlob(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<Blob>;
/** The answer with its body read into memory within `maxBytes`, for openapi-fetch to parse as it is asked to. */
export declare function buffered(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<Response>;
