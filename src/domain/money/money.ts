// Money is an integer count of CNY fen (R-GEN-MONEY): 1 yuan = 100 fen. Every rounding and
// proration of the system happens here, on integers only.

/** An amount of CNY in integer fen. */
export type TFen = number;

/** Fen in one yuan. */
export const FEN_PER_YUAN = 100;

/**
 * True when `value` is a whole number of fen that arithmetic keeps exact.
 * @example isFen(350000) // true
 * @example isFen(0.5) // false
 */
export function isFen(value: number): boolean {
  return Number.isSafeInteger(value);
}

function assertFen(value: number, what: string): void {
  if (!isFen(value)) throw new Error(`${what} must be integer fen, got ${value}`);
}

/**
 * Fen of a whole number of yuan, as the documents state amounts ("3,500 CNY/month").
 * @example fenFromYuan(3500) // 350000
 */
export function fenFromYuan(yuan: number): TFen {
  if (!Number.isSafeInteger(yuan)) throw new Error(`fenFromYuan needs whole yuan, got ${yuan}`);
  const fen = yuan * FEN_PER_YUAN;
  assertFen(fen, 'fenFromYuan');
  return fen;
}

/**
 * The two halves of a monthly amount (R-GEN-HALF-MONTH): floor(monthly / 2) for the first half
 * and the rest for the second, so the halves always make the month.
 * @example halve(100001) // [50000, 50001]
 */
export function halve(monthlyFen: TFen): readonly [TFen, TFen] {
  assertFen(monthlyFen, 'halve');
  // Note: dividing an integer by 2 is exact in binary floating point, so floor() is exact.
  const first = Math.floor(monthlyFen / 2);
  return [first, monthlyFen - first];
}

/**
 * The amount of one half (1 = days 1–15, 2 = day 16 to the end) of a monthly amount.
 * @example halfOf(350001, 2) // 175001
 */
export function halfOf(monthlyFen: TFen, half: 1 | 2): TFen {
  const [first, second] = halve(monthlyFen);
  return half === 1 ? first : second;
}

/**
 * Sum of fen amounts; throws if a term is not integer fen (a bug upstream).
 * @example sumFen([175000, 175000, 70000]) // 420000
 */
export function sumFen(amounts: readonly TFen[]): TFen {
  let total = 0;
  for (const amount of amounts) {
    assertFen(amount, 'sumFen term');
    total += amount;
  }
  assertFen(total, 'sumFen total');
  return total;
}

/**
 * An amount times a whole count (e.g. a monthly amount × 12).
 * @example timesFen(70000, 12) // 840000
 */
export function timesFen(fen: TFen, count: number): TFen {
  assertFen(fen, 'timesFen amount');
  if (!Number.isSafeInteger(count)) throw new Error(`timesFen needs a whole count, got ${count}`);
  const product = fen * count;
  assertFen(product, 'timesFen product');
  return product;
}

/**
 * Yuan as an officer types them ("3,000" or "3000.50", already checked by the form's schema)
 * to integer fen, by string arithmetic: no float on a money path.
 * @example fenFromYuanText('3,200.5') // 320050
 */
export function fenFromYuanText(text: string): TFen {
  const [whole = '0', cents = ''] = text.replaceAll(',', '').split('.');
  return Number(whole) * FEN_PER_YUAN + Number(cents.padEnd(2, '0'));
}
