import { describe, expect, it } from 'vitest';

import { normaliseReviews, type TScoredReview } from './normalise';
import { mean, populationSd } from './stats';

const reviews = (reviewer: string, scores: number[]): TScoredReview[] =>
  scores.map((score) => ({ reviewer, score }));

// A harsh reviewer (50, 60, 70) and a lenient one (70, 80, 90), same spread of opinion.
const harsh = reviews('harsh', [50, 60, 70]);
const lenient = reviews('lenient', [70, 80, 90]);
const panel = [...harsh, ...lenient];
const all = panel.map((r) => r.score);
const mu = mean(all);
const sigma = populationSd(all);

describe('R-REV-NORM: normaliseReviews', () => {
  it('R-REV-NORM: μ + σ·(s − μᵣ)/σᵣ with the panel population SD (not the sample SD)', () => {
    const out = normaliseReviews(panel);
    const sigmaR = Math.sqrt(200 / 3);
    expect(out[0]).toBeCloseTo(mu + (sigma * (50 - 60)) / sigmaR, 12);
    expect(out[5]).toBeCloseTo(mu + (sigma * (90 - 80)) / sigmaR, 12);
  });

  it('R-REV-NORM: two reviewers who rank alike get the same normalised scores', () => {
    const out = normaliseReviews(panel);
    expect(out.slice(0, 3).map((x) => x.toFixed(9))).toEqual(out.slice(3).map((x) => x.toFixed(9)));
  });

  it.each([
    ['2 reviews (one below the threshold) → keeps raw', [40, 95]],
    ['1 review → keeps raw', [33]],
  ])('R-REV-NORM: a reviewer with %s', (_, scores) => {
    const out = normaliseReviews([...panel, ...reviews('new', scores)]);
    expect(out.slice(panel.length)).toEqual(scores);
  });

  it('R-REV-NORM: a reviewer with exactly 3 reviews is normalised', () => {
    expect(normaliseReviews(panel)[0]).not.toBe(50);
  });

  it('R-REV-NORM: σᵣ = 0 (three equal scores) → μ for each, never a division by 0', () => {
    // Three equal scores whose float SD is 1.1e-16, not 0.
    const x = (100 * 7) / 997;
    expect(populationSd([x, x, x])).toBeGreaterThan(0);
    const flat = reviews('flat', [x, x, x]);
    const input = [...panel, ...flat];
    const m = mean(input.map((r) => r.score));
    expect(normaliseReviews(input).slice(panel.length)).toEqual([m, m, m]);
  });

  it('R-REV-NORM: μ and σ count reviews that are kept raw too (one panel)', () => {
    const extra = reviews('new', [0]);
    const out = normaliseReviews([...panel, ...extra]);
    const all7 = [...all, 0];
    const expected = mean(all7) + (populationSd(all7) * (50 - 60)) / Math.sqrt(200 / 3);
    expect(out[0]).toBeCloseTo(expected, 12);
  });

  it('R-REV-NORM: no reviews → none', () => {
    expect(normaliseReviews([])).toEqual([]);
  });
});
