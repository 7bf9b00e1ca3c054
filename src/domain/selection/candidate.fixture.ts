// Test data for selection: a CAS-ANSO PhD candidate from Ethiopia, changed per test.
import type { TSelectionCandidate } from './types';

/**
 * A complete selection candidate with `overrides` applied.
 * @example aCandidate({ id: 'a2', score: 91 })
 */
export function aCandidate(
  overrides: Partial<TSelectionCandidate> & { id: string },
): TSelectionCandidate {
  return {
    track: 'phd',
    category: null,
    score: 80,
    nationality: 'ET',
    gender: 'male',
    climateResearch: false,
    twasConsideration: false,
    host: 'UCAS',
    identity: `P-${overrides.id}`,
    submittedAt: '2026-01-20T08:00:00Z',
    otherAwards: [],
    ...overrides,
  };
}

/**
 * `count` candidates with falling scores and ids `${prefix}001`…, each changed by `extra(i)`.
 * @example manyCandidates('m', 201, () => ({ track: 'master' }))
 */
export function manyCandidates(
  prefix: string,
  count: number,
  extra: (i: number) => Partial<TSelectionCandidate> = () => ({}),
): TSelectionCandidate[] {
  return Array.from({ length: count }, (_, i) =>
    aCandidate({ id: `${prefix}${String(i + 1).padStart(3, '0')}`, score: 1000 - i, ...extra(i) }),
  );
}
