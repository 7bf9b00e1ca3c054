import { describe, expect, it } from 'vitest';

import { reviewScore, rubricIssues, scoreIssues, summariseScores } from './score';
import type { TRubric } from './types';

const pifiLike: TRubric = ['a', 'b', 'c', 'd'].map((id) => ({ id, min: 1, max: 10, weight: 1 }));
const weighted: TRubric = [
  { id: 'clarity', min: 0, max: 4, weight: 3 },
  { id: 'method', min: 1, max: 5, weight: 1 },
];

describe('R-REV-SCORE: reviewScore', () => {
  it.each([
    ['every criterion at min → 0', pifiLike, { a: 1, b: 1, c: 1, d: 1 }, 0],
    ['every criterion at max → 100', pifiLike, { a: 10, b: 10, c: 10, d: 10 }, 100],
    [
      'one step above min on one of four 1–10 criteria → 100/36',
      pifiLike,
      { a: 2, b: 1, c: 1, d: 1 },
      100 / 36,
    ],
    ['weights 3:1, clarity at max, method at min → 75', weighted, { clarity: 4, method: 1 }, 75],
    ['weights 3:1, clarity at min, method at max → 25', weighted, { clarity: 0, method: 5 }, 25],
    ['weights 3:1, both mid-scale → 50', weighted, { clarity: 2, method: 3 }, 50],
  ])('R-REV-SCORE: %s', (_, rubric, scores, expected) => {
    expect(reviewScore(rubric, scores)).toBeCloseTo(expected, 12);
  });

  it('R-REV-SCORE: not rounded (one step of a 1–10 criterion in four is 2.777…)', () => {
    expect(reviewScore(pifiLike, { a: 2, b: 1, c: 1, d: 1 })).not.toBe(2.78);
    expect(reviewScore(pifiLike, { a: 2, b: 1, c: 1, d: 1 })).toBeCloseTo(2.7777777778, 9);
  });

  it('R-REV-SCORE: the rubric order does not change a single bit', () => {
    const rubric: TRubric = [0.1, 0.2, 0.7].map((weight, i) => ({
      id: `c${i}`,
      min: 1,
      max: 5,
      weight,
    }));
    const scores = { c0: 1, c1: 1, c2: 4 };
    expect(reviewScore([...rubric].reverse(), scores)).toBe(reviewScore(rubric, scores));
  });
});

describe('R-REV-SCORE: rubricIssues', () => {
  it.each([
    ['min = max → max', [{ id: 'a', min: 5, max: 5, weight: 1 }], [0, 'max']],
    ['min > max → max', [{ id: 'a', min: 10, max: 1, weight: 1 }], [0, 'max']],
    ['weight 0 → weight', [{ id: 'a', min: 1, max: 10, weight: 0 }], [0, 'weight']],
    ['weight below 0 → weight', [{ id: 'a', min: 1, max: 10, weight: -1 }], [0, 'weight']],
    ['a scale end not an integer → min', [{ id: 'a', min: 0.5, max: 10, weight: 1 }], [0, 'min']],
    [
      'the same criterion twice → the second id',
      [
        { id: 'a', min: 1, max: 10, weight: 1 },
        { id: 'a', min: 1, max: 5, weight: 1 },
      ],
      [1, 'id'],
    ],
  ])('R-REV-SCORE: %s', (_, rubric, path) => {
    expect(rubricIssues(rubric)[0]?.path).toEqual(path);
  });

  it('R-REV-SCORE: min one below max, weight just above 0 → usable', () => {
    expect(rubricIssues([{ id: 'a', min: 0, max: 1, weight: 0.001 }])).toEqual([]);
  });
});

describe('R-REV-SCORE: scoreIssues', () => {
  it.each([
    ['one below min', { clarity: -1, method: 3 }, ['clarity']],
    ['one above max', { clarity: 2, method: 6 }, ['method']],
    ['not an integer', { clarity: 2.5, method: 3 }, ['clarity']],
    ['a criterion missing', { clarity: 2 }, ['method']],
    ['an unknown criterion', { clarity: 2, method: 3, novelty: 1 }, ['novelty']],
  ])('R-REV-SCORE: %s → an issue at that criterion', (_, scores, path) => {
    expect(scoreIssues(weighted, scores)).toEqual([{ path, message: expect.any(String) }]);
  });

  it.each([
    ['exactly at min', { clarity: 0, method: 1 }],
    ['exactly at max', { clarity: 4, method: 5 }],
  ])('R-REV-SCORE: %s → no issue', (_, scores) => {
    expect(scoreIssues(weighted, scores)).toEqual([]);
  });

  it('R-REV-SCORE: an inherited key ("toString") is not a score', () => {
    expect(scoreIssues([{ id: 'toString', min: 1, max: 5, weight: 1 }], {})).toHaveLength(1);
  });
});

describe('R-REV-SCORE: summariseScores', () => {
  it.each([
    ['one review', [70], { raw: 70, median: 70, spread: 0 }],
    [
      'three reviews: median is the middle one',
      [60, 85, 70],
      { raw: 215 / 3, median: 70, spread: 25 },
    ],
    [
      'four reviews: median is the mean of the middle two',
      [90, 60, 70, 80],
      { raw: 75, median: 75, spread: 30 },
    ],
  ])('R-REV-SCORE: %s', (_, scores, expected) => {
    const s = summariseScores(scores);
    expect(s.raw).toBeCloseTo(expected.raw, 12);
    expect(s.median).toBe(expected.median);
    expect(s.spread).toBe(expected.spread);
  });
});
