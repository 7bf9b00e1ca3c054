// R-REV-SCORE as a reviewer types it: each criterion an integer on its scale. A draft keeps
// every valid score (an empty field clears one); submitting needs them all.
import type { TRubric } from '../scoring/types';

export type TScoreProblemCode = 'not_integer' | 'out_of_range' | 'required';

export type TScoreProblem = {
  criterion: string;
  code: TScoreProblemCode;
  min: number;
  max: number;
};

export type TParsedScores = {
  /** Valid typed scores, by criterion id. */
  scores: Record<string, number>;
  /** Criteria typed empty: their saved score is removed. */
  cleared: string[];
  problems: TScoreProblem[];
};

const INTEGER = /^[+-]?\d{1,6}$/;

/**
 * Reads what was typed for the rubric's criteria (fields not named by the rubric are ignored;
 * a criterion absent from `typed` is left as saved). Full-width digits are read as digits.
 * @example parseScores([{ id: 'a', min: 1, max: 10, weight: 1 }], { a: '11' }).problems[0].code // 'out_of_range'
 */
export function parseScores(
  rubric: TRubric,
  typed: Readonly<Record<string, string | undefined>>,
): TParsedScores {
  const out: TParsedScores = { scores: {}, cleared: [], problems: [] };
  for (const c of rubric) {
    const raw = typed[c.id];
    if (raw === undefined) continue;
    const text = raw
      .trim()
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (text === '') {
      out.cleared.push(c.id);
      continue;
    }
    const problem = { criterion: c.id, min: c.min, max: c.max };
    if (!INTEGER.test(text)) out.problems.push({ ...problem, code: 'not_integer' });
    else {
      const n = Number(text);
      if (n < c.min || n > c.max) out.problems.push({ ...problem, code: 'out_of_range' });
      else out.scores[c.id] = n;
    }
  }
  return out;
}

/**
 * The saved scores merged with a valid change: new scores set, cleared ones removed, scores
 * of criteria the rubric no longer has dropped.
 */
export function mergeScores(
  rubric: TRubric,
  saved: Readonly<Record<string, number>>,
  change: Pick<TParsedScores, 'scores' | 'cleared'>,
): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const c of rubric) {
    if (change.cleared.includes(c.id)) continue;
    const v = change.scores[c.id] ?? saved[c.id];
    if (v !== undefined) merged[c.id] = v;
  }
  return merged;
}

/**
 * What stops a submission: every criterion needs an integer on its scale.
 * @example missingScores(pifi, {}).length // 4
 */
export function missingScores(
  rubric: TRubric,
  scores: Readonly<Record<string, number>>,
): TScoreProblem[] {
  return rubric
    .filter((c) => {
      const s = scores[c.id];
      return s === undefined || !Number.isInteger(s) || s < c.min || s > c.max;
    })
    .map((c) => ({ criterion: c.id, code: 'required' as const, min: c.min, max: c.max }));
}
