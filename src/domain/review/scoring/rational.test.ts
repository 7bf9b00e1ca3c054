import { describe, expect, it } from 'vitest';

import { add, cmp, fromNumber, isqrt, rat, toFixedR, toNumber } from './rational';

describe('R-REV-SCORE: exact rationals', () => {
  it.each([
    [0.1, 1n, 10n],
    [-2.5, -5n, 2n],
    [1e-7, 1n, 10_000_000n],
    [1.5e21, 1_500_000_000_000_000_000_000n, 1n],
    [0.3333333333333333, 3_333_333_333_333_333n, 10_000_000_000_000_000n],
  ])('R-REV-SCORE: the number %s reads as the decimal it is written as', (x, n, d) => {
    expect(fromNumber(x)).toEqual({ n, d });
  });

  it('R-REV-SCORE: 0.1 + 0.2 = 0.3 exactly (the double sum is not)', () => {
    const sum = add(fromNumber(0.1), fromNumber(0.2));
    expect(cmp(sum, fromNumber(0.3))).toBe(0);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it.each([
    ['2.675 → 2.68 (the double 2.675 is 2.67499…)', rat(2675n, 1000n), '2.68'],
    ['−2.675 → −2.68 (halves away from zero)', rat(-2675n, 1000n), '-2.68'],
    ['215/3 → 71.67', rat(215n, 3n), '71.67'],
    ['−0.001 → 0.00 (no minus zero)', rat(-1n, 1000n), '0.00'],
    ['100 → 100.00', rat(100n), '100.00'],
  ])('R-REV-SCORE: shown to 2 decimals: %s', (_, x, text) => {
    expect(toFixedR(x, 2)).toBe(text);
  });

  it('R-REV-SCORE: converted to the nearest double at the end, not rounded', () => {
    expect(toNumber(rat(215n, 3n))).toBe(215 / 3);
    expect(toNumber(rat(-1n, 3n))).toBe(-1 / 3);
  });

  it.each([0n, 1n, 2n, 3n, 4n, 99n, 100n, 10n ** 40n + 1n, 2n ** 200n])(
    'isqrt(%s) is the floor',
    (m) => {
      const r = isqrt(m);
      expect(r * r <= m && (r + 1n) * (r + 1n) > m).toBe(true);
    },
  );
});
