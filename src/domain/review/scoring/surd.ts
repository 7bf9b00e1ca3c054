// Exact sums of square roots, for R-REV-NORM. A normalised score is μ + σ·(s − μᵣ)/σᵣ: μ, s
// and μᵣ are rationals and σ/σᵣ = √(σ²/σᵣ²) with σ² and σᵣ² rational, so every normalised
// figure (a review's, an application's mean, the final score built on it) is
// r + Σ cᵢ·√Bᵢ with rationals r, cᵢ and integers Bᵢ. One `radicalBasis` per panel keeps the Bᵢ
// pairwise independent (Bᵢ·Bⱼ never a perfect square); the square roots of such integers are
// linearly independent over the rationals (Besicovitch 1940), so two such figures are equal
// exactly when r and every cᵢ agree. Unequal ones are ordered by evaluating the square roots
// to ever more digits until the error bound separates them — a nonzero difference always
// shows. Nothing is rounded on the way: ties, the order and the 2-decimal display are exact.
import {
  add,
  cmp,
  floorScaled,
  isqrt,
  mul,
  rat,
  scaledToNumber,
  type TRational,
  toFixedR,
  ZERO,
} from './rational';

/** r + Σ c·√B over `terms` (B → c, every c ≠ 0). */
export type TSurd = { readonly r: TRational; readonly terms: ReadonlyMap<bigint, TRational> };

const NO_TERMS: ReadonlyMap<bigint, TRational> = new Map();

export const surdOf = (r: TRational): TSurd => ({ r, terms: NO_TERMS });

export function addS(a: TSurd, b: TSurd): TSurd {
  if (b.terms.size === 0) return { r: add(a.r, b.r), terms: a.terms };
  const terms = new Map(a.terms);
  for (const [radicand, c] of b.terms) {
    const sum = add(terms.get(radicand) ?? ZERO, c);
    if (sum.n === 0n) terms.delete(radicand);
    else terms.set(radicand, sum);
  }
  return { r: add(a.r, b.r), terms };
}

/** k·a. */
export function scaleS(a: TSurd, k: TRational): TSurd {
  if (k.n === 0n) return surdOf(ZERO);
  const terms = new Map<bigint, TRational>();
  for (const [radicand, c] of a.terms) terms.set(radicand, mul(c, k));
  return { r: mul(a.r, k), terms };
}

export const subS = (a: TSurd, b: TSurd): TSurd => addS(a, scaleS(b, rat(-1n)));

/** Mean of at least one value. */
export const meanS = (values: readonly TSurd[]): TSurd =>
  scaleS(values.reduce(addS, surdOf(ZERO)), rat(1n, BigInt(values.length)));

/**
 * The square roots of one panel, each written over pairwise independent radicands.
 * @example const basis = radicalBasis(); basis.sqrt(rat(8n)) // 2·√2; basis.sqrt(rat(1n, 2n)) // ½·√2
 */
export function radicalBasis(): { sqrt(q: TRational): TSurd } {
  const radicands: bigint[] = [];
  return {
    sqrt(q) {
      if (q.n < 0n) throw new Error('sqrt: negative');
      // √(a/b) = √(a·b)/b.
      const m = q.n * q.d;
      const root = isqrt(m);
      if (root * root === m) return surdOf(rat(root, q.d));
      for (const b of radicands) {
        // √m = √(m·B)/B · √B when m·B is a perfect square: the same radical.
        const t = m * b;
        const s = isqrt(t);
        if (s * s === t) return { r: ZERO, terms: new Map([[b, rat(s, b * q.d)]]) };
      }
      radicands.push(m);
      return { r: ZERO, terms: new Map([[m, rat(1n, q.d)]]) };
    },
  };
}

const powers = new Map<number, bigint>();
const pow10 = (p: number): bigint => {
  let x = powers.get(p);
  if (x === undefined) powers.set(p, (x = 10n ** BigInt(p)));
  return x;
};

/** Integer square roots of B·10^(2p), kept per call: one panel asks for the same few often. */
export type TSqrtCache = Map<string, bigint>;

/**
 * k and err with a·10^p strictly between k − err and k + err.
 * @example approximate(surdOf(rat(1n, 3n)), 3) // { k: 333n, err: 1n }
 */
export function approximate(
  a: TSurd,
  p: number,
  cache: TSqrtCache = new Map(),
): { k: bigint; err: bigint } {
  let k = floorScaled(a.r, p);
  let err = 1n;
  for (const [radicand, c] of a.terms) {
    const key = `${radicand}:${p}`;
    let root = cache.get(key);
    if (root === undefined) {
      root = isqrt(radicand * pow10(2 * p));
      cache.set(key, root);
    }
    // c·√B·10^p = c·(root + δ), 0 ≤ δ < 1: the floor loses < 1, δ loses < |c|.
    const num = c.n * root;
    const q = num / c.d;
    k += num < 0n && q * c.d !== num ? q - 1n : q;
    err += 2n + (c.n < 0n ? -c.n : c.n) / c.d;
  }
  return { k, err };
}

const FIRST_DIGITS = 40;
const LAST_DIGITS = 40_000;

/** −1, 0, 1 as a < b, a = b, a > b: exact (see the file's head). */
export function cmpS(a: TSurd, b: TSurd, cache: TSqrtCache = new Map()): number {
  if (a.terms.size === 0 && b.terms.size === 0) return cmp(a.r, b.r);
  const x = approximate(a, FIRST_DIGITS, cache);
  const y = approximate(b, FIRST_DIGITS, cache);
  if (x.k - y.k >= x.err + y.err) return 1;
  if (y.k - x.k >= x.err + y.err) return -1;
  return signS(subS(a, b), cache);
}

/** The sign of a, exact. */
export function signS(a: TSurd, cache: TSqrtCache = new Map()): number {
  if (a.terms.size === 0) return cmp(a.r, ZERO);
  for (let p = FIRST_DIGITS; p <= LAST_DIGITS; p *= 2) {
    const { k, err } = approximate(a, p, cache);
    if (k >= err) return 1;
    if (-k >= err) return -1;
  }
  // Note: unreachable for a nonzero sum over independent radicands; a bug if it happens.
  throw new Error('signS: could not separate the value from 0');
}

/** The nearest double, from 40 exact-bounded decimals (the value is never rounded before). */
export function toNumberS(a: TSurd): number {
  if (a.terms.size === 0) return scaledToNumber(floorScaled(a.r, 40), 40);
  return scaledToNumber(approximate(a, 40).k, 40);
}

/**
 * The value to `places` decimals, halves away from zero. A value with square roots is
 * irrational, never exactly a half, so enough digits always decide the rounding.
 * @example toFixedS(surdOf(rat(1n, 8n)), 2) // '0.13'
 */
export function toFixedS(a: TSurd, places: number): string {
  if (a.terms.size === 0) return toFixedR(a.r, places);
  for (let p = places + FIRST_DIGITS; p <= LAST_DIGITS; p *= 2) {
    const { k, err } = approximate(a, p);
    const lo = k - err;
    const hi = k + err;
    const unit = 10n ** BigInt(p - places);
    // The decimals decided when the whole interval rounds to one value.
    const round = (v: bigint) => {
      const magnitude = v < 0n ? -v : v;
      const r = (magnitude * 2n + unit) / (2n * unit);
      return v < 0n ? -r : r;
    };
    if (round(lo) === round(hi)) return toFixedR(rat(round(k), 10n ** BigInt(places)), places);
  }
  throw new Error('toFixedS: could not decide the rounding');
}
