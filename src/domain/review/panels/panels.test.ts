import { describe, expect, it } from 'vitest';

import { applicationDiscipline, isInPanelDiscipline } from './discipline';
import { defaultRubric, rubricModeOf, rubricProblems, type TPanelRubricCriterion } from './rubric';

const label = { en: 'Merit', zh: '学术水平' };
const row = (over: Partial<TPanelRubricCriterion> = {}): TPanelRubricCriterion => ({
  id: 'merit',
  min: 1,
  max: 10,
  weight: 1,
  label,
  ...over,
});

describe('panel rubrics (R-REV-SCORE)', () => {
  it('R-PIFI-REVIEW: PIFI is fixed at its four criteria, BGS takes weights, CAS-ANSO and CSC are custom', () => {
    expect(rubricModeOf('pifi')).toBe('fixed');
    expect(rubricModeOf('bgs')).toBe('weights');
    expect(rubricModeOf('cas-anso')).toBe('custom');
    expect(rubricModeOf('csc')).toBe('custom');
    expect(defaultRubric('pifi')).toHaveLength(4);
    expect(defaultRubric('bgs')).toHaveLength(3);
    expect(defaultRubric('csc')).toEqual([]);
  });

  it('a good custom rubric has no problem', () => {
    expect(rubricProblems('csc', [row(), row({ id: 'plan', weight: 2.5 })])).toEqual([]);
  });

  it.each([
    ['an empty rubric', [], { index: null, field: 'rubric', code: 'empty' }],
    ['min equal to max', [row({ max: 1 })], { index: 0, field: 'max', code: 'scale_order' }],
    ['a weight of 0', [row({ weight: 0 })], { index: 0, field: 'weight', code: 'weight_invalid' }],
    ['a bad id', [row({ id: 'Bad id' })], { index: 0, field: 'id', code: 'id_invalid' }],
    ['a duplicate id', [row(), row()], { index: 1, field: 'id', code: 'id_duplicate' }],
    [
      'no Chinese label',
      [row({ label: { en: 'x', zh: ' ' } })],
      { index: 0, field: 'labelZh', code: 'label_required' },
    ],
  ])('%s is refused', (_, rubric, problem) => {
    expect(rubricProblems('cas-anso', rubric as TPanelRubricCriterion[])).toContainEqual(problem);
  });

  it('BGS weights may change, its criteria may not; PIFI may change nothing', () => {
    const bgs = defaultRubric('bgs').map((c, i) => ({ ...c, weight: i + 1 }));
    expect(rubricProblems('bgs', bgs)).toEqual([]);
    expect(rubricProblems('bgs', bgs.slice(1))).toContainEqual({
      index: null,
      field: 'rubric',
      code: 'fixed_changed',
    });
    const pifi = defaultRubric('pifi').map((c) => ({ ...c, weight: 2 }));
    expect(rubricProblems('pifi', pifi)).toContainEqual({
      index: null,
      field: 'rubric',
      code: 'fixed_changed',
    });
    expect(rubricProblems('pifi', defaultRubric('pifi'))).toEqual([]);
  });
});

describe('the discipline an application is matched on', () => {
  it('host.subject first, PIFI falls back to its priority area, else none', () => {
    expect(applicationDiscipline('csc', { host: { subject: ' Physics ' } })).toBe('Physics');
    expect(applicationDiscipline('pifi', { program: { priorityArea: 'health' } })).toBe('health');
    expect(applicationDiscipline('csc', { program: { priorityArea: 'health' } })).toBeNull();
  });

  it('a panel without discipline takes all; one with takes its own, case-blind', () => {
    expect(isInPanelDiscipline(null, null)).toBe(true);
    expect(isInPanelDiscipline('Physics', 'physics ')).toBe(true);
    expect(isInPanelDiscipline('Physics', 'Chemistry')).toBe(false);
    expect(isInPanelDiscipline('Physics', null)).toBe(false);
  });
});
