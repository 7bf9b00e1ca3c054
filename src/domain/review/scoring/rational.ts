// Exact rational numbers on bigint (R-REV-SCORE: "kept exact in computation"). A score is a
// weighted mean of integers with decimal weights, so every raw figure of the ranking is a
// rational: kept as a reduced fraction, never rounded, compared exactly. Written here rather
// than taken from a library: the domain may import only a few vetted packages, and the dozen
// operations the scoring core needs fit in one page of native bigint.

/** n/d in lowest terms, d > 0. Build with `rat` or `fromNumber`, never by hand. */
export type TRational = { readonly n: bigint; readonly d: bigint };

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The fraction n/d reduced.
 * @example rat(6n, -4n) // { n: -3n, d: 2n }
 */
export function rat(n: bigint, d: bigint = 1n): TRational {
  if (d === 1n) return { n, d };
  if (d === 0n) throw new Error('rat: division by zero');
  const g = gcd(n, d) || 1n;
  const sign = d < 0n ? -1n : 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = rat(0n);

/**
 * The decimal a JSON number is written as, exactly: 0.1 is 1/10, not the double nearest it.
 * Reads the shortest round-trip form (`String(x)`), so what an officer typed is what counts.
 * @example fromNumber(0.1) // { n: 1n, d: 10n }
 */
export function fromNumber(x: number): TRational {
  if (!Number.isFinite(x)) throw new Error(`fromNumber: ${x} is not finite`);
  const [mantissa, exp = '0'] = String(x).split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  const e = Number(exp) - fraction.length;
  const digits = BigInt(`${whole}${fraction}`.replace('+', ''));
  return e >= 0 ? rat(digits * 10n ** BigInt(e)) : rat(digits, 10n ** BigInt(-e));
}

export const add = (a: TRational, b: TRational): TRational =>
  a.d === b.d ? rat(a.n + b.n, a.d) : rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: TRational, b: TRational): TRational =>
  a.d === b.d ? rat(a.n - b.n, a.d) : rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: TRational, b: TRational): TRational => rat(a.n * b.n, a.d * b.d);
export const div = (a: TRational, b: TRational): TRational => rat(a.n * b.d, a.d * b.n);
export const neg = (a: TRational): TRational => ({ n: -a.n, d: a.d });
export const absR = (a: TRational): TRational => ({ n: abs(a.n), d: a.d });
export const isZero = (a: TRational): boolean => a.n === 0n;

/** −1, 0 or 1 as a < b, a = b, a > b: exact. */
export function cmp(a: TRational, b: TRational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const equals = (a: TRational, b: TRational): boolean => a.n === b.n && a.d === b.d;

/** Σ, exact (so in any order the same). */
export const sumR = (values: readonly TRational[]): TRational => values.reduce(add, ZERO);

/** Arithmetic mean of at least one value. */
export const meanR = (values: readonly TRational[]): TRational =>
  div(sumR(values), rat(BigInt(values.length)));

/** ⌊a·10^p⌋ — the value on a grid of 10^-p, rounded down. */
export const floorScaled = (a: TRational, p: number): bigint => {
  const num = a.n * 10n ** BigInt(p);
  const q = num / a.d;
  return num < 0n && q * a.d !== num ? q - 1n : q;
};

/**
 * The double nearest the value: its first 30 decimals read as a decimal literal, so the only
 * error is the double's own (the value itself is never rounded on the way).
 * @example toNumber(rat(215n, 3n)) === 215 / 3 // true
 */
export function toNumber(a: TRational): number {
  return scaledToNumber(floorScaled(a, 30) + (a.n < 0n && a.d !== 1n ? 1n : 0n), 30);
}

/** A bigint k read as k·10^-p, to the nearest double. */
export function scaledToNumber(k: bigint, p: number): number {
  const digits = abs(k)
    .toString()
    .padStart(p + 1, '0');
  const text = `${k < 0n ? '-' : ''}${digits.slice(0, -p)}.${digits.slice(-p)}`;
  return Number(text);
}

/**
 * The value to `places` decimals, halves away from zero (R-REV-SCORE: shown to 2 decimals).
 * @example toFixedR(rat(2675n, 1000n), 2) // '2.68' (the double 2.675 would give 2.67)
 */
export function toFixedR(a: TRational, places: number): string {
  const scale = 10n ** BigInt(places);
  const num = abs(a.n) * scale * 2n + a.d;
  const k = num / (2n * a.d);
  const digits = k.toString().padStart(places + 1, '0');
  const sign = a.n < 0n && k !== 0n ? '-' : '';
  return places === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** ⌊√m⌋ for m ≥ 0: Newton's method on bigint, from above (the classic integer square root). */
export function isqrt(m: bigint): bigint {
  if (m < 0n) throw new Error('isqrt: negative');
  if (m < 2n) return m;
  let x = 1n << BigInt((m.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + m / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
