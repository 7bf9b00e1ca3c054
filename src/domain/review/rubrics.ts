// Default rubrics (R-REV-SCORE) as data, with the labels officers and reviewers see. The
// criteria, their labels and their order come from the programs' own data
// (domain/programs/*/documents.ts), so a label is written once.
import { getProgram, type TLocalized, type TReviewCriterion } from '@/domain/programs';

import type { TRubricCriterion } from './scoring/types';

export type TDefaultRubricCriterion = TRubricCriterion & {
  readonly label: TLocalized;
  readonly description: TLocalized;
};

// Note: R-REV-SCORE — BGS scores 1–10 with equal weight unless the host sets weights; the
// program data leaves scale and weight to the host (null), so the default fills them here.
const DEFAULT_SCALE = { min: 1, max: 10 } as const;

function toRubricCriterion(c: TReviewCriterion): TDefaultRubricCriterion {
  return {
    id: c.id,
    min: c.scale?.min ?? DEFAULT_SCALE.min,
    max: c.scale?.max ?? DEFAULT_SCALE.max,
    weight: c.weight ?? 1,
    label: c.label,
    description: c.description,
  };
}

/**
 * R-PIFI-REVIEW: academic excellence, research proposal, relevance to CAS priorities, potential
 * for collaboration; 1–10 each, equal weight. The interview is not a rubric criterion: where
 * held it joins the final score (R-REV-RANK, the application's `interview`).
 * @example PIFI_RUBRIC.map((c) => c.id) // ['academic_excellence', 'research_proposal', 'cas_relevance', 'collaboration_potential']
 */
export const PIFI_RUBRIC: readonly TDefaultRubricCriterion[] = getProgram('pifi')
  .reviewCriteria.filter((c) => !c.isOptional)
  .map(toRubricCriterion);

/**
 * R-BGS-APPLY: academic performance, overall performance, development potential; 1–10 each,
 * equal weight unless the host sets weights.
 * @example BGS_RUBRIC[0]?.label.zh // '学业表现'
 */
export const BGS_RUBRIC: readonly TDefaultRubricCriterion[] =
  getProgram('bgs').reviewCriteria.map(toRubricCriterion);
