/**
 * A header's value read as a plain decimal (digits with at most one point, at least one digit), and NaN for anything
 * else: an absent or empty header, signs, exponents, hex, spaces. A value a server cannot have meant as a count or a
 * number of seconds is not guessed at. Values of up to 15 characters, which rate-limit headers are, are read here:
 * `Number` on a string is a call into the engine's runtime, which costs more than the rest of the rate limiter's
 * bookkeeping per answer. Their digits and the power of ten are then exact integers, so the one division rounds once,
 * as `Number` does.
 */
export declare function headerNumber(text: string | null): number;
