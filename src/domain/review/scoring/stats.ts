// Order-free statistics, exact: every value is a rational (rational.ts), so a sum is the same
// whatever order its terms come in (R-SELECT-TIES: the same input in any order gives the same
// result) and nothing is rounded (R-REV-SCORE: kept exact in computation).
import { cmp, meanR, mul, sub, type TRational } from './rational';

/**
 * Population variance σ² (divides by n, not n − 1), exact; σ itself is √σ² (surd.ts).
 * @example populationVariance([2, 4, 4, 4, 5, 5, 7, 9].map((n) => rat(BigInt(n)))) // 4
 */
export function populationVariance(values: readonly TRational[]): TRational {
  const m = meanR(values);
  return meanR(values.map((x) => mul(sub(x, m), sub(x, m))));
}

const ascending = (values: readonly TRational[]) => [...values].sort(cmp);

/**
 * The middle value, or the mean of the two middle ones.
 * @example median([90, 70, 80, 60]) // 75
 */
export function median(values: readonly TRational[]): TRational {
  const s = ascending(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : meanR([s[mid - 1]!, s[mid]!]);
}

/**
 * Largest minus smallest.
 * @example spread([60, 85, 70]) // 25
 */
export function spread(values: readonly TRational[]): TRational {
  const s = ascending(values);
  return sub(s[s.length - 1]!, s[0]!);
}
