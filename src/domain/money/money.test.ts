import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatYuan } from './format-yuan';
import { fenFromYuan, fenFromYuanText, halfOf, halve, sumFen, timesFen } from './money';

describe('money in fen', () => {
  it('R-GEN-MONEY: yuan become integer fen; fractional yuan are a bug', () => {
    expect(fenFromYuan(3500)).toBe(350000);
    expect(() => fenFromYuan(3500.5)).toThrow();
    expect(() => sumFen([1, 0.1])).toThrow();
  });

  it.each([
    [350000, 175000, 175000, 'even amount'],
    [100001, 50000, 50001, 'odd amount: the second half takes the extra fen'],
    [1, 0, 1, 'one fen'],
    [0, 0, 0, 'nothing'],
  ])('R-GEN-HALF-MONTH: halve(%i) → %i + %i (%s)', (monthly, first, second) => {
    expect(halve(monthly)).toEqual([first, second]);
    expect(halfOf(monthly, 1)).toBe(first);
    expect(halfOf(monthly, 2)).toBe(second);
  });

  it('R-GEN-HALF-MONTH: two halves always make the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (monthly) => {
        const [first, second] = halve(monthly);
        expect(first + second).toBe(monthly);
        expect(second - first === 0 || second - first === 1).toBe(true);
      }),
    );
  });

  it('sums and multiples stay integer', () => {
    expect(sumFen([175000, 175000, 70000])).toBe(420000);
    expect(timesFen(70000, 12)).toBe(840000);
  });

  it.each([
    [350000, 'en', 'always', '¥3,500.00'],
    [1234567, 'zh-CN', 'always', '¥12,345.67'],
    [700000, 'en', 'auto', '¥7,000'],
    [5, 'en', 'auto', '¥0.05'],
    [-120050, 'en', 'always', '-¥1,200.50'],
    [-5, 'en', 'always', '-¥0.05'],
    [900719925474099, 'en', 'always', '¥9,007,199,254,740.99'],
  ] as const)('R-GEN-MONEY: formatYuan(%i, %s, %s) → %s', (fen, locale, digits, text) => {
    expect(formatYuan(fen, locale, digits)).toBe(text);
  });

  it.each([
    ['3000', 300000],
    ['3,000', 300000],
    ['3,200.5', 320050],
    ['3,200.50', 320050],
    ['0.05', 5],
  ] as const)('R-GEN-MONEY: fenFromYuanText(%s) → %i fen, by string arithmetic', (text, fen) => {
    expect(fenFromYuanText(text)).toBe(fen);
  });
});
