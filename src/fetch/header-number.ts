const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const POINT = 0x2e;

/**
 * A header's value read as a plain decimal (digits with at most one point, at least one digit), and NaN for anything
 * else: an absent or empty header, signs, exponents, hex, spaces. A value a server cannot have meant as a count or a
 * number of seconds is not guessed at. Values of up to 15 characters, which rate-limit headers are, are read here:
 * `Number` on a string is a call into the engine's runtime, which costs more than the rest of the rate limiter's
 * bookkeeping per answer. Their digits and the power of ten are then exact integers, so the one division rounds once,
 * as `Number` does.
 */
export function headerNumber(text: string | null): number {
  if (text === null || text.length === 0 || text === ".") return NaN;
  if (text.length > 15) return /^(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  let value = 0;
  /** 10 to the number of digits after the point, once there is one. */
  let scale = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      value = value * 10 + (code - DIGIT_0);
      scale *= 10;
    } else if (code === POINT && scale === 0) {
      scale = 1;
    } else {
      return NaN;
    }
  }
  return scale === 0 ? value : value / scale;
}
