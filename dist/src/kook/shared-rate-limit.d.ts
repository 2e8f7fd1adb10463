import type { Gate } from "../fetch/transport.js";
import { type Limits } from "./rate-limit.js";
/** What the shared state lets through on one request for slots. */
export interface Grant {
    /** Calls that may go out now; 0 when they must wait. */
    granted: number;
    /** The window they go out in, to be handed back with their answers. */
    window: number;
    /** When nothing was granted: how long to wait before asking again, in ms from when the grant arrived. */
    waitMs: number;
    /** Whether the one call granted probes a bucket whose limits are not known yet. */
    probe: boolean;
    /** How many processes share the bucket now, this one included. */
    sharing: number;
}
/** What an answer said about its bucket. */
export interface Booking {
    /** X-Rate-Limit-Bucket, if sent. */
    bucket: string | undefined;
    /** The limits it stated, if they can be trusted (as the in-memory limiter reads them). */
    limits: Limits | undefined;
    /** A 429 not for the global limit: the bucket is empty now, whatever its headers say. */
    exhausted: boolean;
    /** With `exhausted`: how long the 429 asked to wait (a gateway's Retry-After), if it said. */
    holdMs: number | undefined;
    /** `performance.now()` when the answer came: the store takes its age, a duration, never this instant. */
    receivedAt: number;
}
/** How a call let through ended: answered, sent but unanswered, or never sent (its slot is given back). */
export type Outcome = {
    answer: Booking;
} | "lost" | "unsent";
/**
 * One token's KOOK rate-limit state, shared by every process that calls with the token: per bucket the calls left in
 * the window, the window's end and the calls in flight, and the global hold. Each operation is atomic where the state
 * lives, and reads that store's clock, not the caller's.
 */
export interface SharedLimits {
    /** Whether the store is connected; while it is not, calls go to the local limiter without asking it. */
    readonly ready: boolean;
    /** Why it is not, if it knows. */
    readonly lastError?: unknown;
    /** Takes up to `want` slots of the bucket that `route` counts against. */
    acquire(route: string, want: number): Promise<Grant>;
    /** Ends `count` calls that one grant let through; resolves with the ms left in the bucket's window, if known. */
    book(route: string, window: number, probe: boolean, outcome: Outcome, count: number): Promise<number | undefined>;
    /** Holds every bucket for `ms` (the global limit was hit). */
    hold(ms: number): Promise<void>;
}
/** What the user hears about the shared store: falling back to the local limiter, and coming back. */
export type StoreEvent = {
    type: "fallback";
    error: unknown;
} | {
    type: "recovered";
};
export interface SharedRateLimitOptions {
    /** An operation on the store slower than this counts as the store being away, in ms. */
    timeoutMs: number;
    /** After a failure, how long to stay on the local limiter before trying the store again, in ms. */
    retryMs: number;
    onEvent?: ((event: StoreEvent) => void) | undefined;
}
interface SharedPass {
    route: string;
    window: number;
    probe: boolean;
}
interface LocalPass {
    gate: Gate;
    pass: unknown;
}
type Pass = SharedPass | LocalPass;
/**
 * A KOOK rate limiter whose state lives in a store shared with other processes. Each process keeps its waiting calls
 * in line per route and asks the store for as many slots as it has calls waiting; the store decides, atomically and by
 * its own clock, how many may go now and how long the others wait.
 *
 * While the store is unreachable or slower than `timeoutMs`, calls go through a local limiter instead (a fresh one
 * each time, which learns the bucket's state from the server's answers as a new client does, and uses this process's
 * share of each window: the others are on their own too), and `onEvent` is told; once the store is connected again
 * and `retryMs` has passed, the calls still in line go back to it.
 */
export declare function createSharedRateLimit(store: SharedLimits, createLocal: (share: number) => Gate, options: SharedRateLimitOptions): Gate<Pass>;
export {};
