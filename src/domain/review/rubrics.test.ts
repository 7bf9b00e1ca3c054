import { describe, expect, it } from 'vitest';

import { BGS_RUBRIC, PIFI_RUBRIC } from './rubrics';
import { rubricIssues } from './scoring/score';

const HAN = /\p{Script=Han}/u;
const scales = (r: typeof PIFI_RUBRIC) =>
  r.map(({ id, min, max, weight }) => [id, min, max, weight]);

describe('default rubrics', () => {
  it('R-PIFI-REVIEW: four criteria, 1–10, equal weight; the interview is not one of them', () => {
    expect(scales(PIFI_RUBRIC)).toEqual([
      ['academic_excellence', 1, 10, 1],
      ['research_proposal', 1, 10, 1],
      ['cas_relevance', 1, 10, 1],
      ['collaboration_potential', 1, 10, 1],
    ]);
  });

  it('R-BGS-APPLY: academic performance, overall performance, development potential, 1–10, equal weight', () => {
    expect(scales(BGS_RUBRIC)).toEqual([
      ['academic_performance', 1, 10, 1],
      ['overall_performance', 1, 10, 1],
      ['development_potential', 1, 10, 1],
    ]);
    expect(BGS_RUBRIC.map((c) => c.label.en)).toEqual([
      'Academic performance',
      'Overall performance',
      'Development potential',
    ]);
  });

  it.each([
    ['PIFI', PIFI_RUBRIC],
    ['BGS', BGS_RUBRIC],
  ])('R-REV-SCORE: the %s rubric is usable and labelled in English and Chinese', (_, rubric) => {
    expect(rubricIssues(rubric)).toEqual([]);
    for (const c of rubric) {
      expect(c.label.en).not.toBe('');
      expect(c.label.zh).toMatch(HAN);
    }
  });
});
