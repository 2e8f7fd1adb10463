import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerNumber } from "../src/fetch/header-number.js";

const SEED = 20261122;
const decimal = fc
  .tuple(fc.stringMatching(/^[0-9]{0,17}$/), fc.option(fc.stringMatching(/^[0-9]{0,17}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
const anyText = fc.string({ unit: fc.constantFrom(..."0123456789.-+eExX _:/"), maxLength: 20 });

describe("headerNumber reads a header value as Number does", () => {
  it("for plain decimals (with a digit), the ones it reads itself, of every length around its 15-character limit", () => {
    fc.assert(
      fc.property(decimal, (text) => Object.is(headerNumber(text), /\d/.test(text) ? Number(text) : NaN)),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it("and gives NaN for any other text: signs, exponents, hex, spaces, several points", () => {
    const plain = /^(\d+\.?\d*|\.\d+)$/;
    fc.assert(
      fc.property(anyText, (text) => Object.is(headerNumber(text), plain.test(text) ? Number(text) : NaN)),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it("for the edge cases, and gives NaN for a missing or empty header and for what is not a plain decimal", () => {
    for (const text of ["0", "1.", ".5", "00.10", "999999999999999", "0.00000000000001", "1234567890123456.5"]) {
      expect(headerNumber(text), JSON.stringify(text)).toBe(Number(text));
    }
    for (const text of [null, "", ".", "1.5e3", " 1", "1 ", "-0", "1.2.3", "0x10", "Infinity", "+1", "1e400"]) {
      expect(headerNumber(text), JSON.stringify(text)).toBeNaN();
    }
  });
});
