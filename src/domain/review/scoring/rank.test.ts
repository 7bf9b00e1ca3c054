import { describe, expect, it } from 'vitest';

import { finalScore, isFlagged, rankApplications, rankApplicationsExact } from './rank';
import { aPanel, anApplication, reviewsOf } from './scoring-fixture';
import { rat } from './rational';
import { cmpS, surdOf, toFixedS } from './surd';
import type { TRubric } from './types';

const order = (r: ReturnType<typeof rankApplications>) => r.ranking.map((x) => x.application);

describe('R-REV-SCORE: raw, median, spread and completeness', () => {
  it('R-REV-SCORE: raw is the mean of the reviews; median, spread and count beside it', () => {
    const out = rankApplications(
      aPanel({ applications: [anApplication('a1')], reviews: reviewsOf('a1', [60, 85, 70]) }),
    );
    expect(out.ranking).toEqual([
      {
        application: 'a1',
        rank: 1,
        raw: 215 / 3,
        median: 70,
        spread: 25,
        normalised: null,
        final: 215 / 3,
        flagged: true,
        reviews: 3,
      },
    ]);
  });

  it.each([
    ['one review short of 3 → incomplete', [70, 80], false, 'incomplete'],
    ['exactly 3 → ranked', [70, 80, 90], false, 'ranked'],
    ['one short, closed with fewer → ranked', [70, 80], true, 'ranked'],
    ['no review, closed with fewer → still incomplete (needs at least 1)', [], true, 'incomplete'],
  ])('R-REV-SCORE: %s', (_, scores, closedWithFewer, where) => {
    const out = rankApplications(
      aPanel({
        applications: [anApplication('a1', { closedWithFewer })],
        reviews: reviewsOf('a1', scores),
      }),
    );
    if (where === 'ranked') expect(order(out)).toEqual(['a1']);
    else
      expect(out).toEqual({
        ranking: [],
        incomplete: [{ application: 'a1', reviews: scores.length, required: 3 }],
      });
  });

  it('R-REV-SCORE: incomplete applications are listed by id', () => {
    const out = rankApplications(
      aPanel({ applications: ['b', 'a', 'c'].map((id) => anApplication(id)) }),
    );
    expect(out.incomplete.map((x) => x.application)).toEqual(['a', 'b', 'c']);
  });
});

describe('R-REV-NORM: in the ranking', () => {
  // r1 is harsh, r2 lenient: raw favours a2 (reviewed by r2), normalised puts a1 and a2 level.
  const applications = ['a1', 'a2', 'a3'].map((id) => anApplication(id));
  const reviews = [
    ...reviewsOf('a1', [70], ['r1']),
    ...reviewsOf('a2', [90], ['r2']),
    ...reviewsOf('a3', [50, 70], ['r1', 'r2']),
    ...reviewsOf('a4', [60, 80], ['r1', 'r2']),
  ];
  const panel = aPanel({
    requiredReviews: 1,
    applications: [...applications, anApplication('a4', { closedWithFewer: false })],
    reviews,
  });

  it('R-REV-NORM: off → normalised null and the raw score ranks', () => {
    const out = rankApplications(panel);
    expect(out.ranking.every((x) => x.normalised === null)).toBe(true);
    expect(out.ranking.map((x) => x.final)).toEqual(out.ranking.map((x) => x.raw));
  });

  it('R-REV-NORM: on → each reviewer rescaled to the panel; a1 and a2 level, id breaks the tie', () => {
    const out = rankApplications({ ...panel, normalise: true });
    const a1 = out.ranking.find((x) => x.application === 'a1')!;
    const a2 = out.ranking.find((x) => x.application === 'a2')!;
    expect(a1.normalised).toBeCloseTo(a2.normalised!, 9);
    expect(a1.final).toBe(a1.normalised);
    expect(a1.raw).toBe(70);
    expect(order(out).indexOf('a1')).toBeLessThan(order(out).indexOf('a2'));
  });

  it('R-REV-NORM: incomplete applications\u2019 reviews count in μ, σ, μᵣ and σᵣ', () => {
    const withIncomplete = { ...panel, normalise: true, requiredReviews: 2 };
    const all = rankApplications({ ...panel, normalise: true, requiredReviews: 1 });
    const out = rankApplications(withIncomplete);
    expect(out.incomplete.map((x) => x.application)).toEqual(['a1', 'a2']);
    expect(out.ranking.find((x) => x.application === 'a3')?.normalised).toBe(
      all.ranking.find((x) => x.application === 'a3')?.normalised,
    );
  });
});

describe('R-REV-FLAG', () => {
  it.each([
    ['spread 24.999 → not flagged', 24.999, false],
    ['spread exactly 25 → flagged', 25, true],
    // Exact since issue 11: a spread given as 24.99999999999999 is below 25. The float-era
    // "25 computed as 24.999…" no longer arises: the spread is computed exactly (below).
    ['spread given as 24.99999999999999 → not flagged', 24.99999999999999, false],
    ['spread 40 → flagged', 40, true],
  ])('R-REV-FLAG: %s', (_, spread, flagged) => {
    expect(isFlagged(spread)).toBe(flagged);
  });

  it('R-REV-FLAG: reviews 52.5 and 27.5 on a 0.1/0.2/0.7 rubric (float spread 24.99999999999999) → exactly 25, flagged', () => {
    const rubric: TRubric = [0.1, 0.2, 0.7].map((weight, i) => ({
      id: `c${i}`,
      min: 1,
      max: 5,
      weight,
    }));
    const out = rankApplications(
      aPanel({
        rubric,
        requiredReviews: 2,
        applications: [anApplication('a1')],
        reviews: [
          { application: 'a1', reviewer: 'r1', scores: { c0: 1, c1: 1, c2: 4 } },
          { application: 'a1', reviewer: 'r2', scores: { c0: 1, c1: 3, c2: 2 } },
        ],
      }),
    );
    expect(out.ranking[0]?.spread).toBe(25);
    expect(out.ranking[0]?.flagged).toBe(true);
  });
});

describe('R-REV-RANK', () => {
  it.each([
    ['no interview → the basis', { basis: 80, criteria: 4, interview: null, adjustment: 0 }, 80],
    [
      'interview joins as a fifth criterion',
      { basis: 80, criteria: 4, interview: 90, adjustment: 0 },
      82,
    ],
    ['interview 0 still counts', { basis: 80, criteria: 4, interview: 0, adjustment: 0 }, 64],
    [
      'then the adjustment is added',
      { basis: 80, criteria: 4, interview: 90, adjustment: -2.5 },
      79.5,
    ],
    [
      'adjustment without interview',
      { basis: 80, criteria: 3, interview: null, adjustment: 3 },
      83,
    ],
  ])('R-REV-RANK: %s', (_, p, expected) => {
    expect(finalScore(p)).toBeCloseTo(expected, 12);
  });

  it('R-REV-RANK: final descending; ranks 1..N', () => {
    const out = rankApplications(
      aPanel({
        requiredReviews: 1,
        applications: ['a1', 'a2', 'a3'].map((id) => anApplication(id)),
        reviews: [...reviewsOf('a1', [60]), ...reviewsOf('a2', [90]), ...reviewsOf('a3', [75])],
      }),
    );
    expect(out.ranking.map((x) => [x.application, x.rank])).toEqual([
      ['a2', 1],
      ['a3', 2],
      ['a1', 3],
    ]);
  });

  it('R-REV-RANK: an adjustment can move an application past another', () => {
    const out = rankApplications(
      aPanel({
        requiredReviews: 1,
        applications: [anApplication('a1', { adjustment: 10.5 }), anApplication('a2')],
        reviews: [...reviewsOf('a1', [60]), ...reviewsOf('a2', [70])],
      }),
    );
    expect(order(out)).toEqual(['a1', 'a2']);
    expect(out.ranking[0]?.final).toBe(70.5);
  });

  it.each([
    [
      'equal finals → earlier submission first',
      [
        anApplication('a1', { submittedAt: '2026-03-02T00:00:00Z' }),
        anApplication('a2', { submittedAt: '2026-03-01T23:59:59Z' }),
      ],
      ['a2', 'a1'],
    ],
    [
      'same instant in two offsets → application id',
      [
        anApplication('b', { submittedAt: '2026-03-01T16:00:00+08:00' }),
        anApplication('a', { submittedAt: '2026-03-01T08:00:00Z' }),
      ],
      ['a', 'b'],
    ],
    [
      'ids by code unit, not locale: "Z" before "a"',
      [anApplication('a'), anApplication('Z')],
      ['Z', 'a'],
    ],
  ])('R-SELECT-TIES: %s', (_, applications, expected) => {
    const reviews = applications.flatMap((a) => reviewsOf(a.id, [80]));
    expect(order(rankApplications(aPanel({ requiredReviews: 1, applications, reviews })))).toEqual(
      expected,
    );
  });

  it('R-SELECT-TIES: 52.5 reached two ways (floats gave 52.49999999999999 and 52.5) is a tie, so the earlier wins', () => {
    const rubric: TRubric = [0.1, 0.2, 0.7].map((weight, i) => ({
      id: `c${i}`,
      min: 1,
      max: 5,
      weight,
    }));
    const out = rankApplications(
      aPanel({
        rubric,
        requiredReviews: 1,
        applications: [
          anApplication('late', { submittedAt: '2026-03-02T00:00:00Z' }),
          anApplication('early', { submittedAt: '2026-03-01T00:00:00Z' }),
        ],
        reviews: [
          { application: 'late', reviewer: 'r1', scores: { c0: 2, c1: 4, c2: 3 } },
          { application: 'early', reviewer: 'r1', scores: { c0: 1, c1: 1, c2: 4 } },
        ],
      }),
    );
    expect(out.ranking.map((x) => x.final)).toEqual([52.5, 52.5]);
    expect(order(out)).toEqual(['early', 'late']);
  });
});

// Each of these came out wrong with doubles and the 9-decimal grid the core used before
// issue 11 (the figure it gave is in the test's name).
describe('R-REV-SCORE: exact, where doubles were wrong', () => {
  it('R-REV-FLAG: weights 1/3, 1/3, 2/3: spread exactly 25 (doubles: 24.999999999999996) → flagged', () => {
    const rubric: TRubric = [1 / 3, 1 / 3, 2 / 3].map((weight, i) => ({
      id: `c${i}`,
      min: 1,
      max: 10,
      weight,
    }));
    const out = rankApplications(
      aPanel({
        rubric,
        requiredReviews: 2,
        applications: [anApplication('a1')],
        reviews: [
          { application: 'a1', reviewer: 'r1', scores: { c0: 1, c1: 1, c2: 8 } },
          { application: 'a1', reviewer: 'r2', scores: { c0: 1, c1: 2, c2: 3 } },
        ],
      }),
    );
    expect(out.ranking[0]).toMatchObject({ spread: 25, flagged: true });
  });

  it('R-REV-FLAG: spread 24.9999999999 (the grid called it 25 and flagged it) → not flagged', () => {
    const rubric: TRubric = [
      { id: 'c0', min: 0, max: 1, weight: 1 },
      { id: 'c1', min: 0, max: 1, weight: 3.000000000016 },
    ];
    const out = rankApplicationsExact(
      aPanel({
        rubric,
        requiredReviews: 2,
        applications: [anApplication('a1')],
        reviews: [
          { application: 'a1', reviewer: 'r1', scores: { c0: 1, c1: 0 } },
          { application: 'a1', reviewer: 'r2', scores: { c0: 0, c1: 0 } },
        ],
      }),
    );
    // 100 / 4.000000000016 exactly.
    expect(out.ranking[0]?.spread).toEqual(rat(25_000_000_000_000n, 1_000_000_000_004n));
    expect(out.ranking[0]?.flagged).toBe(false);
  });

  it('R-SELECT-TIES: finals 80 and 80.0000000001 are not a tie (the grid made one and the earlier won)', () => {
    const out = rankApplications(
      aPanel({
        requiredReviews: 1,
        applications: [
          anApplication('early', { submittedAt: '2026-03-01T00:00:00Z' }),
          anApplication('late', { submittedAt: '2026-03-02T00:00:00Z', adjustment: 1e-10 }),
        ],
        reviews: [...reviewsOf('early', [80]), ...reviewsOf('late', [80])],
      }),
    );
    expect(order(out)).toEqual(['late', 'early']);
  });

  it('R-REV-NORM, R-SELECT-TIES: normalised finals equal as real numbers are an exact tie; the earlier wins', () => {
    // Harsh r1 and lenient r2 rank alike: each one's lowest normalises to the same irrational.
    const reviews = [
      ...reviewsOf('h1', [50], ['r1']),
      ...reviewsOf('h2', [60], ['r1']),
      ...reviewsOf('h3', [70], ['r1']),
      ...reviewsOf('l1', [70], ['r2']),
      ...reviewsOf('l2', [80], ['r2']),
      ...reviewsOf('l3', [90], ['r2']),
    ];
    const ids = ['h1', 'h2', 'h3', 'l1', 'l2', 'l3'];
    const out = rankApplicationsExact(
      aPanel({
        requiredReviews: 1,
        normalise: true,
        applications: ids.map((id) =>
          anApplication(id, {
            submittedAt: id.startsWith('l') ? '2026-03-01T00:00:00Z' : '2026-03-02T00:00:00Z',
          }),
        ),
        reviews,
      }),
    );
    const h1 = out.ranking.find((x) => x.application === 'h1')!;
    const l1 = out.ranking.find((x) => x.application === 'l1')!;
    expect(cmpS(h1.final, l1.final)).toBe(0);
    expect(h1.final.terms.size).toBe(1);
    expect(out.ranking.map((x) => x.application)).toEqual(['l3', 'h3', 'l2', 'h2', 'l1', 'h1']);
  });

  it('R-REV-RANK: interview on four 1–10 criteria: (4·raw + interview)/5 exact, shown to 2 decimals', () => {
    const out = rankApplicationsExact(
      aPanel({
        rubric: ['a', 'b', 'c', 'd'].map((id) => ({ id, min: 1, max: 10, weight: 1 })),
        requiredReviews: 1,
        applications: [anApplication('a1', { interview: 72.5, adjustment: -0.25 })],
        reviews: [{ application: 'a1', reviewer: 'r1', scores: { a: 2, b: 1, c: 1, d: 1 } }],
      }),
    );
    // raw = 100/36 = 25/9; final = (4·25/9 + 145/2)/5 − 1/4 = 301/18 − 1/4 = 593/36.
    expect(out.ranking[0]?.final).toEqual(surdOf(rat(593n, 36n)));
    expect(toFixedS(out.ranking[0]!.final, 2)).toBe('16.47');
  });
});
