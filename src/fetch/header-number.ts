const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const POINT = 0x2e;

/**
 * A header's value as `Number` reads it, NaN when the header is absent. Plain decimals of up to 15 characters, which
 * rate-limit headers are, are read here: `Number` on a string is a call into the engine's runtime, which costs more
 * than the rest of the rate limiter's bookkeeping per answer. Their digits and the power of ten are then exact
 * integers, so the one division rounds once, as `Number` does. Anything else goes to `Number`.
 */
export function headerNumber(text: string | null): number {
  if (text === null) return NaN;
  if (text.length === 0 || text.length > 15 || text === ".") return Number(text);
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
      return Number(text);
    }
  }
  return scale === 0 ? value : value / scale;
}
