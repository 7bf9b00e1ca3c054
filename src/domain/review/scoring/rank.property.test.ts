import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { rankApplications } from './rank';
import type { TRankApplication, TRankInput, TReview, TRubric } from './types';

// Weights that are not sums of powers of two, so float sums depend on their order unless the
// code makes them order-free; few distinct times and scores, so ties are common.
const rubric: TRubric = [
  { id: 'c0', min: 1, max: 5, weight: 0.1 },
  { id: 'c1', min: 1, max: 5, weight: 0.2 },
  { id: 'c2', min: 1, max: 5, weight: 0.7 },
];
const reviewers = ['r1', 'r2', 'r3', 'r4', 'r5'];

const application = (id: string): fc.Arbitrary<TRankApplication> =>
  fc.record({
    id: fc.constant(id),
    submittedAt: fc.constantFrom(
      '2026-03-01T08:00:00Z',
      '2026-03-01T16:00:00+08:00',
      '2026-03-02T00:00:00Z',
    ),
    adjustment: fc.constantFrom(0, 0, 0, 0.1, -2.5),
    interview: fc.constantFrom(null, null, 0, 72.5, 100),
    closedWithFewer: fc.boolean(),
  });

const score = fc.integer({ min: 1, max: 5 });
const reviewsOf = (id: string): fc.Arbitrary<TReview[]> =>
  fc.subarray(reviewers).chain((by) =>
    fc.tuple(
      ...by.map((reviewer) =>
        fc.record({
          application: fc.constant(id),
          reviewer: fc.constant(reviewer),
          scores: fc.record({ c0: score, c1: score, c2: score }),
        }),
      ),
    ),
  );

const panel: fc.Arbitrary<TRankInput> = fc.integer({ min: 0, max: 25 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  return fc.record({
    rubric: fc.constant(rubric),
    requiredReviews: fc.integer({ min: 1, max: 3 }),
    normalise: fc.boolean(),
    applications: fc.tuple(...ids.map(application)),
    reviews: fc.tuple(...ids.map(reviewsOf)).map((lists) => lists.flat()),
  });
});

const shuffled = <T>(list: readonly T[]) =>
  fc.shuffledSubarray([...list], { minLength: list.length });

const panelAndShuffle = panel.chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.record({
      ...p,
      rubric: shuffled(p.rubric),
      applications: shuffled(p.applications),
      reviews: shuffled(p.reviews),
      normalise: fc.constant(p.normalise),
      requiredReviews: fc.constant(p.requiredReviews),
    }),
  ),
);

describe('R-REV-RANK (property)', () => {
  it('R-REV-RANK: the same input in any order (applications, reviews, rubric) → the same output, bit for bit', () => {
    fc.assert(
      fc.property(panelAndShuffle, ([p, q]) => {
        expect(rankApplications(q as TRankInput)).toEqual(rankApplications(p));
      }),
      { numRuns: 300 },
    );
  });

  it('R-REV-RANK: every application is ranked or incomplete, once; ranks are 1..N by final', () => {
    fc.assert(
      fc.property(panel, (p) => {
        const out = rankApplications(p);
        const ids = [...out.ranking, ...out.incomplete].map((x) => x.application).sort();
        expect(ids).toEqual(p.applications.map((a) => a.id).sort());
        expect(out.ranking.map((x) => x.rank)).toEqual(out.ranking.map((_, i) => i + 1));
        for (let i = 1; i < out.ranking.length; i++)
          expect(out.ranking[i - 1]!.final).toBeGreaterThanOrEqual(out.ranking[i]!.final - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
