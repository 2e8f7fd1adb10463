import type { Gate } from "../fetch/transport.js";
/** Milliseconds until the bucket of a rate-limited response resets, if the server says so believably. */
export declare const resetDelay: import("../fetch/retry.js").RetryAfter;
/** What one answer says about its bucket; only believable answers say anything. */
export interface Limits {
    /** X-Rate-Limit-Limit, when sent. */
    limit: number | undefined;
    remaining: number;
    /** X-Rate-Limit-Reset in ms. */
    resetMs: number;
    /** The precision of Reset, in ms: 1000 for whole seconds, 100 for one decimal, and so on. */
    resolutionMs: number;
}
/**
 * The limits an answer states, or undefined if it states none that can be trusted: Remaining and Reset absent, not
 * plain numbers, negative, fractional or absurdly large counts, a Reset beyond any believable wait, or Remaining above
 * Limit. An answer that is not trusted says nothing; it never makes a bucket look unlimited. `knownLimit` spares
 * reading Limit again when Remaining is within the limit already known.
 */
export declare function readLimits(headers: Headers, knownLimit: number | undefined): Limits | undefined;
/**
 * One KOOK rate-limit bucket. Its state is what the server has said (limit, calls left, the window's end); its
 * decisions are `take` (may a call go now?) and `wakeAt` (when to look again). Neither ever depends on an answer that
 * may not come: a bucket whose limits are unknown sends one probe at a time, and a window whose end no answer told
 * ends after a bounded fallback, so a bucket always has a way forward.
 *
 * Every answer tells when its window ends, as `receivedAt + Reset`: at or after the true end, since it is read after
 * the server wrote it, plus Reset's precision, since a server may round it down (one that sends whole seconds may be
 * up to a second early). Among the answers to calls sent in this window, the earliest end is the closest. Calls sent
 * in a burst may reach the server after its window closed and open the next one; their ends lie about a window later
 * and are kept instead. Answers to calls sent before the window started may only push its end later.
 *
 * That end is late by the way back of the answer, and calls sent at it arrive later still by the way there: a round
 * trip lost per window. But a call let through at `grantedAt` was counted after its way there, when its window had
 * Reset left, so `grantedAt + Reset` is no earlier than the end less that call's way there (and the server's time
 * before it counted). The latest of these among a window's calls is the end less their fastest way there, which needs
 * no clock shared with the server and no guess of the round trip: the next window's calls go out then (less a margin),
 * and reach the server as its window opens, unless they travel faster than every call of the last window. They do
 * when those calls were slowed (connections being opened, a busy event loop or server), so a window leads only by
 * what it and the window before agree on. A bucket's first window has none before it and leads by nothing.
 *
 * Its times are `performance.now()`, which only moves forward: a step of the system clock (NTP) would otherwise hold
 * a bucket for as long as the step.
 *
 * Its fields are TypeScript-private, not `#` ones: V8 reads `#` fields more slowly until it has optimised the code
 * that reads them, and code run once per call takes thousands of calls to be optimised.
 */
declare class Bucket {
    /** The server's name for the bucket (`X-Rate-Limit-Bucket`), once it has said it. */
    name: string | undefined;
    private limit;
    /** Calls left in this window; undefined while unknown, when calls go out one probe at a time. */
    private remaining;
    /** The window's end told by calls sent in it, and by calls sent earlier (Reset's precision included). */
    private end;
    private lateEnd;
    /** The longest Reset seen (its precision included): about the length of a window. */
    private longestReset;
    /** The finest precision of Reset seen: until a fraction is seen, Reset may be whole seconds rounded down. */
    private resolutionMs;
    /**
     * Answers that opened their server window (one call fewer than the limit left), up to 2, among the answer that told
     * this window's state first and the answers to its calls: two are two server windows (calls that reached the server
     * after the first closed), and this window then lasts as long as the later, even when whole-second Resets make
     * their ends look alike.
     */
    private openers;
    /**
     * The latest and earliest `grantedAt + Reset` (its precision included) among this window's calls but probes and
     * the call that opened it, and how many there were.
     */
    private sendNextAt;
    private sendEarliestAt;
    private sendSamples;
    /** The lead of the last window, if its calls told it. */
    private previousLead;
    /** Numbers the windows, so that an answer tells whether its call was sent in this one. */
    private window;
    private windowStartedAt;
    /** When the probe in flight went out, while the bucket is unknown. */
    private probeSentAt;
    /**
     * Calls let through in this window and not answered yet. A call counts against at most the window after its own:
     * one that is never answered must not shrink every later window.
     */
    private inFlight;
    /** Calls waiting for their turn, in arrival order. */
    private readonly line;
    /** Set only while calls wait, so that a bucket never keeps the process alive once they are gone. */
    private timer;
    private readonly global;
    /** The part of each window this limiter may use: less than 1 while other processes share the bucket unseen. */
    private readonly share;
    constructor(global: {
        resetAt: number;
    }, share: number);
    /**
     * This limiter's part of `count` calls: at least one of any, so that a bucket with fewer calls per window than
     * processes sharing it still moves (a 429 is waited out) instead of holding every call for good.
     */
    private shareOf;
    /** Whether the last call let through is a probe, and when it was let through. */
    probe: boolean;
    grantedAt: number;
    /** The window a call may go out in now, or undefined if it has to wait; the caller must then `settle` it. */
    tryAcquire(): number | undefined;
    /** Resolves when the call may go out, with the window and whether it is a probe; the caller must then `settle` it. */
    acquire(signal: AbortSignal | undefined): Promise<{
        window: number;
        probe: boolean;
        grantedAt: number;
    }>;
    /**
     * Ends a call this bucket let through: takes the answer, or none when it failed. A call that failed may have reached
     * the server and been counted, so only one that was never `sent` gives its turn back.
     */
    settle(answer: Response | undefined, receivedAt: number, window: number, probe: boolean, sent: boolean, grantedAt: number): void;
    /** Takes an answer to a call counted here that another bucket let through (before the two were known to be one). */
    hear(response: Response, receivedAt: number): void;
    /** Takes an answer to a call counted here. */
    private takeAnswer;
    /**
     * Takes what an answer says about this bucket, for a call sent in this window (`current`) or before, and let through
     * at `grantedAt` if it was no probe; false when it says nothing that can be trusted.
     */
    private learn;
    /**
     * No call is left in this window, which ends a fallback wait from now if no answer has told when, or as long from now
     * as a gateway's 429 said with Retry-After (`holdMs`).
     */
    private exhausted;
    private forgetWaysThere;
    /** Reset has been seen with a finer precision: the ends kept so far allowed for a coarser one. */
    private refine;
    /** How long a window without a told end, or an unanswered probe, is given: about a window, and never unbounded. */
    private fallbackMs;
    /**
     * When the next window's calls may go: when they reach the server as this window ends, as its calls' answers told
     * it, or a fallback after it started when none has (answers to earlier calls may only make it later).
     */
    private resetAt;
    /**
     * How much earlier than its told end this window's calls say the next window's may go, if at least two say: less
     * how far apart they put it, since the fastest way there of a few calls whose ways vary says little of the next.
     */
    private lead;
    /**
     * The lead this window and the last agree on: the smaller of theirs, less how much they differ. Leads measured in a
     * burst that opened connections, or while the server or the event loop was slow, are longer than the next window's
     * calls will need; two windows that differ say that one of them was, and then little or nothing is led.
     */
    private agreedLead;
    /** Lets waiting calls go while the window has room; otherwise looks again when a call may go. */
    private drain;
    /** Starts the next window once this one is over; an unknown limit is probed again. */
    private startNextWindowIfDue;
    /** Whether a call may go out now, counting it if so. */
    private take;
    /** One timer per bucket; drain checks the clock again, since timers may fire early or be capped. */
    private wakeAt;
    private stopTimer;
}
/**
 * A call let through: its route, the bucket it counts against, the window it went out in, whether it probes, and when
 * it was let through.
 */
interface Pass {
    route: string;
    bucket: Bucket;
    window: number;
    probe: boolean;
    grantedAt: number;
}
/**
 * Holds requests to an exhausted KOOK bucket until it resets instead of sending them, and holds every bucket
 * while the global limit is hit. Buckets are learned from `X-Rate-Limit-Bucket`; until then a route is its own.
 * `share` is the part of each window it uses (a process standing in for a shared store uses its share).
 */
export declare function createKookRateLimit(share?: number): Gate<Pass>;
export {};
