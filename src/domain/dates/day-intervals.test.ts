import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  countDays,
  intersectIntervals,
  normalizeIntervals,
  subtractIntervals,
  touchesIntervals,
} from './day-intervals';
import type { TDayInterval } from './day-intervals';

const interval = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 }))
  .map(([from, length]): TDayInterval => [from, from + length]);
const intervalSet = fc.array(interval, { maxLength: 6 }).map(normalizeIntervals);

function toSet(intervals: readonly TDayInterval[]): Set<number> {
  const days = new Set<number>();
  for (const [from, to] of intervals) for (let d = from; d <= to; d++) days.add(d);
  return days;
}

describe('day-number interval sets', () => {
  it('normalize merges touching intervals', () => {
    expect(
      normalizeIntervals([
        [5, 9],
        [1, 3],
        [4, 4],
        [12, 11],
      ]),
    ).toEqual([[1, 9]]);
  });

  it('subtract and intersect agree with plain sets of days', () => {
    fc.assert(
      fc.property(intervalSet, intervalSet, (a, b) => {
        const setA = toSet(a);
        const setB = toSet(b);
        const minus = toSet(subtractIntervals(a, b));
        const both = toSet(intersectIntervals(a, b));
        expect([...minus].sort()).toEqual([...setA].filter((d) => !setB.has(d)).sort());
        expect([...both].sort()).toEqual([...setA].filter((d) => setB.has(d)).sort());
        expect(countDays(subtractIntervals(a, b))).toBe(minus.size);
      }),
    );
  });

  it('touches finds any shared day', () => {
    fc.assert(
      fc.property(intervalSet, interval, (set, [from, to]) => {
        const days = toSet(set);
        let expected = false;
        for (let d = from; d <= to; d++) expected ||= days.has(d);
        expect(touchesIntervals(set, from, to)).toBe(expected);
      }),
    );
  });
});
