// R-REV-SCORE: a review's score on 0–100, the rubric and score checks behind the contract's
// errors, and an application's raw summary (mean, median, spread) beside it.
import { div, fromNumber, meanR, mul, rat, sumR, type TRational, toNumber } from './rational';
import { median, spread } from './stats';
import type { TRubric, TScoringIssue } from './types';

/**
 * What makes a rubric unusable: a repeated criterion id, a scale that is not integers with
 * min < max, a weight that is not above 0. Paths are below the rubric (`[1, 'max']`).
 * @example rubricIssues([{ id: 'a', min: 10, max: 1, weight: 1 }]) // [{ path: [0, 'max'], … }]
 */
export function rubricIssues(rubric: TRubric): TScoringIssue[] {
  const issues: TScoringIssue[] = [];
  const seen = new Set<string>();
  rubric.forEach((c, i) => {
    if (seen.has(c.id)) issues.push({ path: [i, 'id'], message: `Duplicate criterion "${c.id}"` });
    seen.add(c.id);
    for (const end of ['min', 'max'] as const)
      if (!Number.isInteger(c[end]))
        issues.push({ path: [i, end], message: `Expected an integer, got ${c[end]}` });
    if (c.min >= c.max)
      issues.push({
        path: [i, 'max'],
        message: `The scale needs max above min: min ${c.min}, max ${c.max}`,
      });
    if (!(c.weight > 0))
      issues.push({ path: [i, 'weight'], message: `Expected a weight above 0, got ${c.weight}` });
  });
  return issues;
}

/**
 * What makes one review's scores unusable against a (valid) rubric: a criterion missing or
 * unknown, a score that is not an integer or lies outside its scale. Paths are below the
 * scores (`['clarity']`).
 * @example scoreIssues(pifi, { academic_excellence: 11, … }) // [{ path: ['academic_excellence'], … }]
 */
export function scoreIssues(
  rubric: TRubric,
  scores: Readonly<Record<string, number>>,
): TScoringIssue[] {
  const issues: TScoringIssue[] = [];
  const known = new Set(rubric.map((c) => c.id));
  for (const key of Object.keys(scores))
    if (!known.has(key))
      issues.push({
        path: [key],
        message: `Unknown criterion "${key}"; the rubric has: ${[...known].join(', ')}`,
      });
  for (const c of rubric) {
    const s = scores[c.id];
    if (s === undefined || !Object.hasOwn(scores, c.id))
      issues.push({ path: [c.id], message: `Missing score for "${c.id}"` });
    else if (!Number.isInteger(s))
      issues.push({ path: [c.id], message: `Expected an integer score, got ${s}` });
    else if (s < c.min || s > c.max)
      issues.push({ path: [c.id], message: `Expected ${c.min}–${c.max}, got ${s}` });
  }
  return issues;
}

/**
 * R-REV-SCORE: `100 × Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) / Σ wᵢ`, exact: weights are read as the
 * decimals they are written as (0.1 is 1/10). The scores must pass `scoreIssues` (a bug
 * otherwise).
 * @example reviewScoreExact([{ id: 'a', min: 1, max: 4, weight: 1 }], { a: 2 }) // 100/3
 */
export function reviewScoreExact(
  rubric: TRubric,
  scores: Readonly<Record<string, number>>,
): TRational {
  const terms = rubric.map((c) => {
    const s = scores[c.id];
    if (s === undefined) throw new Error(`reviewScore: no score for "${c.id}"`);
    return mul(fromNumber(c.weight), rat(BigInt(s - c.min), BigInt(c.max - c.min)));
  });
  return div(mul(rat(100n), sumR(terms)), sumR(rubric.map((c) => fromNumber(c.weight))));
}

/**
 * `reviewScoreExact` as the nearest double (for the JSON contract).
 * @example reviewScore([{ id: 'a', min: 1, max: 10, weight: 1 }], { a: 10 }) // 100
 */
export function reviewScore(rubric: TRubric, scores: Readonly<Record<string, number>>): number {
  return toNumber(reviewScoreExact(rubric, scores));
}

export type TScoreSummaryExact = { raw: TRational; median: TRational; spread: TRational };
export type TScoreSummary = { raw: number; median: number; spread: number };

/**
 * R-REV-SCORE: an application's raw score (mean of its review scores), median and spread,
 * exact. At least one score.
 */
export function summariseExact(scores: readonly TRational[]): TScoreSummaryExact {
  return { raw: meanR(scores), median: median(scores), spread: spread(scores) };
}

/**
 * `summariseExact` of scores given as numbers (read as their decimals), as numbers.
 * @example summariseScores([60, 85, 70]) // { raw: 71.66…, median: 70, spread: 25 }
 */
export function summariseScores(scores: readonly number[]): TScoreSummary {
  const s = summariseExact(scores.map(fromNumber));
  return { raw: toNumber(s.raw), median: toNumber(s.median), spread: toNumber(s.spread) };
}
