import type { TLocalized, TProgramId } from '@/domain/programs';

import { BGS_RUBRIC, PIFI_RUBRIC } from '../rubrics';
import type { TRubricCriterion } from '../scoring/types';

/** A criterion as a panel keeps it: the scoring core's criterion with its two labels. */
export type TPanelRubricCriterion = TRubricCriterion & {
  label: TLocalized;
  description?: TLocalized;
};

/**
 * What the officer may change of a panel's rubric (R-REV-SCORE): PIFI's four criteria are
 * fixed (R-PIFI-REVIEW); BGS's three keep their ids, labels and scales but the host sets the
 * weights; CAS-ANSO and CSC criteria, scales and weights are the officer's own.
 */
export type TRubricMode = 'fixed' | 'weights' | 'custom';

const MODES: Record<TProgramId, TRubricMode> = {
  pifi: 'fixed',
  bgs: 'weights',
  'cas-anso': 'custom',
  csc: 'custom',
};

/** @example rubricModeOf('bgs') // 'weights' */
export function rubricModeOf(programId: TProgramId): TRubricMode {
  return MODES[programId];
}

const copy = (c: TPanelRubricCriterion): TPanelRubricCriterion => ({
  id: c.id,
  min: c.min,
  max: c.max,
  weight: c.weight,
  label: { en: c.label.en, zh: c.label.zh },
  ...(c.description ? { description: { en: c.description.en, zh: c.description.zh } } : {}),
});

/**
 * The rubric a new panel of a program starts with: PIFI's and BGS's from the program data,
 * none for CAS-ANSO and CSC (the officer writes theirs).
 * @example defaultRubric('pifi').length // 4
 */
export function defaultRubric(programId: TProgramId): TPanelRubricCriterion[] {
  if (programId === 'pifi') return PIFI_RUBRIC.map(copy);
  if (programId === 'bgs') return BGS_RUBRIC.map(copy);
  return [];
}

export const CRITERION_ID = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_CRITERIA = 10;
export const MAX_SCALE = 1000;

export type TRubricProblem = {
  /** Row of the criterion, or null for the rubric as a whole. */
  index: number | null;
  field: 'id' | 'labelEn' | 'labelZh' | 'min' | 'max' | 'weight' | 'rubric';
  code:
    | 'id_invalid'
    | 'id_duplicate'
    | 'label_required'
    | 'scale_order'
    | 'weight_invalid'
    | 'empty'
    | 'too_many'
    | 'fixed_changed';
};

/**
 * The problems of a rubric an officer built (R-REV-SCORE): at least one criterion, ids
 * unique and well formed, both labels, an integer scale with min < max, a weight above 0.
 * For a 'fixed' or 'weights' program the criteria must be the program's own (only the
 * weights may differ under 'weights'). [] when the rubric is good.
 * @example rubricProblems('csc', [{ id: 'merit', min: 1, max: 1, weight: 1, label }]) // [{ index: 0, field: 'max', code: 'scale_order' }]
 */
export function rubricProblems(
  programId: TProgramId,
  rubric: readonly TPanelRubricCriterion[],
): TRubricProblem[] {
  const problems: TRubricProblem[] = [];
  if (rubric.length === 0) return [{ index: null, field: 'rubric', code: 'empty' }];
  if (rubric.length > MAX_CRITERIA)
    problems.push({ index: null, field: 'rubric', code: 'too_many' });
  const seen = new Set<string>();
  rubric.forEach((c, index) => {
    if (!CRITERION_ID.test(c.id)) problems.push({ index, field: 'id', code: 'id_invalid' });
    else if (seen.has(c.id)) problems.push({ index, field: 'id', code: 'id_duplicate' });
    seen.add(c.id);
    if (c.label.en.trim() === '')
      problems.push({ index, field: 'labelEn', code: 'label_required' });
    if (c.label.zh.trim() === '')
      problems.push({ index, field: 'labelZh', code: 'label_required' });
    if (!Number.isInteger(c.min) || !Number.isInteger(c.max) || c.min >= c.max)
      problems.push({ index, field: 'max', code: 'scale_order' });
    if (!Number.isFinite(c.weight) || c.weight <= 0)
      problems.push({ index, field: 'weight', code: 'weight_invalid' });
  });
  const mode = rubricModeOf(programId);
  if (mode !== 'custom') {
    const own = defaultRubric(programId);
    const isSameShape =
      own.length === rubric.length &&
      own.every((c, i) => {
        const r = rubric[i]!;
        const weightOk = mode === 'weights' || r.weight === c.weight;
        return r.id === c.id && r.min === c.min && r.max === c.max && weightOk;
      });
    if (!isSameShape) problems.push({ index: null, field: 'rubric', code: 'fixed_changed' });
  }
  return problems;
}
