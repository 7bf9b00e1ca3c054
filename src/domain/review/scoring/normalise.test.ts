import { describe, expect, it } from 'vitest';

import { normaliseExact, normaliseReviews, type TScoredReview } from './normalise';
import { fromNumber, meanR } from './rational';
import { cmpS, surdOf, toNumberS } from './surd';

const reviews = (reviewer: string, scores: number[]): TScoredReview[] =>
  scores.map((score) => ({ reviewer, score }));
const exact = (list: TScoredReview[]) =>
  normaliseExact(list.map((r) => ({ reviewer: r.reviewer, score: fromNumber(r.score) })));

// A harsh reviewer (50, 60, 70) and a lenient one (70, 80, 90), same spread of opinion.
const harsh = reviews('harsh', [50, 60, 70]);
const lenient = reviews('lenient', [70, 80, 90]);
const panel = [...harsh, ...lenient];
// μ = 70; σ² = (400+100+0+0+100+400)/6 = 500/3; σᵣ² = 200/3 for both.
const mu = 70;
const sigma = Math.sqrt(500 / 3);
const sigmaR = Math.sqrt(200 / 3);

describe('R-REV-NORM: normaliseReviews', () => {
  it('R-REV-NORM: μ + σ·(s − μᵣ)/σᵣ with the panel population SD (not the sample SD)', () => {
    const out = normaliseReviews(panel);
    expect(out[0]).toBeCloseTo(mu + (sigma * (50 - 60)) / sigmaR, 12);
    expect(out[5]).toBeCloseTo(mu + (sigma * (90 - 80)) / sigmaR, 12);
  });

  it('R-REV-NORM: σ/σᵣ kept exact: √(5/2) as a surd, 70 − 10·√(5/2) to 40 digits', () => {
    const [first] = exact(panel);
    // 10·√(5/2) = 15.8113883008418966599944677221635926685977756966260841…
    expect(first!.terms.size).toBe(1);
    expect(toNumberS(first!)).toBe(70 - 15.811388300841896);
  });

  it('R-REV-NORM: two reviewers who rank alike get exactly the same normalised scores', () => {
    const out = exact(panel);
    for (let i = 0; i < 3; i++) expect(cmpS(out[i]!, out[i + 3]!)).toBe(0);
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

  it('R-REV-NORM: σᵣ = 0 (three equal scores) → exactly μ for each, never a division by 0', () => {
    // 700/997 as a double: its float SD was 1.1e-16, not 0; exactly, σᵣ² is 0.
    const x = (100 * 7) / 997;
    const input = [...panel, ...reviews('flat', [x, x, x])];
    const out = exact(input);
    const expected = surdOf(meanR(input.map((r) => fromNumber(r.score))));
    for (const v of out.slice(panel.length)) expect(cmpS(v, expected)).toBe(0);
  });

  it('R-REV-NORM: μ and σ count reviews that are kept raw too (one panel)', () => {
    const out = normaliseReviews([...panel, ...reviews('new', [0])]);
    const all7 = [50, 60, 70, 70, 80, 90, 0];
    const m = all7.reduce((s, x) => s + x, 0) / 7;
    const sd = Math.sqrt(all7.reduce((s, x) => s + (x - m) ** 2, 0) / 7);
    expect(out[0]).toBeCloseTo(m + (sd * (50 - 60)) / sigmaR, 12);
  });

  it('R-REV-NORM: σ/σᵣ = √1 (the reviewer is the whole panel) → the raw scores, no root left', () => {
    const out = exact(reviews('r1', [40, 55, 60]));
    expect(out.every((v) => v.terms.size === 0)).toBe(true);
    expect(out.map(toNumberS)).toEqual([40, 55, 60]);
  });

  it('R-REV-NORM: no reviews → none', () => {
    expect(normaliseReviews([])).toEqual([]);
  });
});
