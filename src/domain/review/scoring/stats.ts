// Order-free statistics. Floating-point sums depend on the order of their terms, so every sum
// here runs over the values sorted ascending: the same multiset gives the same bits, whatever
// order the reviews came in (R-SELECT-TIES: the same input in any order gives the same result).

/**
 * Σ values, summed smallest first.
 * @example sum([0.3, 0.1, 0.2]) === sum([0.1, 0.2, 0.3]) // true
 */
export function sum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((s, x) => s + x, 0);
}

/**
 * Arithmetic mean; NaN for no values (callers never ask for that).
 * @example mean([70, 80, 90]) // 80
 */
export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

/**
 * Population standard deviation (divides by n, not n − 1).
 * @example populationSd([2, 4, 4, 4, 5, 5, 7, 9]) // 2
 */
export function populationSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((x) => (x - m) ** 2)));
}

/**
 * The middle value, or the mean of the two middle ones.
 * @example median([90, 70, 80, 60]) // 75
 */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Largest minus smallest.
 * @example spread([60, 85, 70]) // 25
 */
export function spread(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}

/**
 * Scores that agree to 9 decimals (0–100 scale) compare equal: float rounding of one
 * mathematical value reached two ways (75 + 25 − x against 50 + 50 − x) differs in the last bits,
 * and must neither split a tie (R-SELECT-TIES) nor miss a threshold (R-REV-FLAG's 25).
 * A grid, not a tolerance, so the comparison stays a total order.
 * @example scoreKey(24.999999999999996) === scoreKey(25) // true
 */
export function scoreKey(score: number): number {
  return Math.round(score * 1e9);
}
