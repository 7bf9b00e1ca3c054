// Sets of days as sorted, disjoint, inclusive intervals of day numbers. Allowances are decided
// on these (does a half month touch a paying day?), so a whole award costs a few array walks.

/** Inclusive interval of day numbers [first, last]. */
export type TDayInterval = readonly [number, number];

/**
 * Sorts intervals and merges those that overlap or touch; drops empty ones.
 * @example normalizeIntervals([[5, 9], [1, 3], [4, 4]]) // [[1, 9]]
 */
export function normalizeIntervals(intervals: readonly TDayInterval[]): TDayInterval[] {
  if (intervals.length === 0) return [];
  if (intervals.length === 1) return intervals[0]![0] <= intervals[0]![1] ? [intervals[0]!] : [];
  const sorted = intervals.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * Days of `base` that are in none of `remove`. Both lists must be normalized.
 * @example subtractIntervals([[1, 10]], [[3, 4], [8, 20]]) // [[1, 2], [5, 7]]
 */
export function subtractIntervals(
  base: readonly TDayInterval[],
  remove: readonly TDayInterval[],
): TDayInterval[] {
  if (remove.length === 0) return base.slice();
  const out: TDayInterval[] = [];
  let r = 0;
  for (const [from, to] of base) {
    let start = from;
    while (r < remove.length && remove[r]![1] < start) r++;
    let k = r;
    while (k < remove.length && remove[k]![0] <= to) {
      const [rf, rt] = remove[k]!;
      if (rf > start) out.push([start, rf - 1]);
      start = Math.max(start, rt + 1);
      if (start > to) break;
      k++;
    }
    if (start <= to) out.push([start, to]);
  }
  return out;
}

/**
 * Days in both lists. Both lists must be normalized.
 * @example intersectIntervals([[1, 10]], [[3, 4], [8, 20]]) // [[3, 4], [8, 10]]
 */
export function intersectIntervals(
  a: readonly TDayInterval[],
  b: readonly TDayInterval[],
): TDayInterval[] {
  const out: TDayInterval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [af, at] = a[i]!;
    const [bf, bt] = b[j]!;
    const from = Math.max(af, bf);
    const to = Math.min(at, bt);
    if (from <= to) out.push([from, to]);
    if (at < bt) i++;
    else j++;
  }
  return out;
}

/**
 * Number of days in a normalized list.
 * @example countDays([[1, 2], [5, 7]]) // 5
 */
export function countDays(intervals: readonly TDayInterval[]): number {
  let total = 0;
  for (const [from, to] of intervals) total += to - from + 1;
  return total;
}

/**
 * True when some day of [from, to] lies in the normalized list (binary search).
 * @example touchesIntervals([[5, 7]], 1, 5) // true
 */
export function touchesIntervals(
  intervals: readonly TDayInterval[],
  from: number,
  to: number,
): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [f, t] = intervals[mid]!;
    if (t < from) lo = mid + 1;
    else if (f > to) hi = mid - 1;
    else return true;
  }
  return false;
}
