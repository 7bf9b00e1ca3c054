import { describe, expect, it } from 'vitest';

import {
  isActionable,
  letterKey,
  missingLetters,
  reviewPointsOf,
  screeningState,
} from './screening-state';

const ref = (id: string, status: string, replacedAt: Date | null = null) => ({
  id,
  name: id,
  status,
  replacedAt,
});

describe('review points', () => {
  it('only reasons marked review, once per rule code', () => {
    const points = reviewPointsOf([
      { rule: 'R-GEN-AGE', ok: true, en: 'a', zh: '甲' },
      { rule: 'R-GEN-NATIONALITY', ok: false, review: true, en: 'b', zh: '乙' },
      { rule: 'R-GEN-NATIONALITY', ok: false, review: true, en: 'c', zh: '丙' },
      { rule: 'R-BGS-LANG', ok: false, en: 'd', zh: '丁' },
    ]);
    expect(points).toEqual([{ code: 'R-GEN-NATIONALITY', en: 'b', zh: '乙' }]);
  });
});

describe('R-GEN-REFEREE: missing letters', () => {
  it.each([
    [
      'two needed, one in: the other is missing',
      [ref('a', 'submitted'), ref('b', 'opened')],
      2,
      ['b'],
    ],
    ['two needed, two in: nothing missing', [ref('a', 'submitted'), ref('b', 'submitted')], 2, []],
    [
      'a replaced referee is not missing',
      [ref('a', 'declined', new Date()), ref('b', 'invited')],
      1,
      ['b'],
    ],
    ['a declined referee not replaced is missing', [ref('a', 'declined')], 1, ['a']],
    ['no letters needed: nothing missing', [ref('a', 'invited')], 0, []],
  ])('%s', (_name, referees, needed, ids) => {
    expect(missingLetters(referees, needed).map((r) => r.id)).toEqual(ids);
  });
});

describe('screening state', () => {
  const base = {
    points: [{ code: 'R-GEN-NATIONALITY', en: '', zh: '' }],
    missing: [{ id: 'b' }],
    needed: 2,
    lettersIn: 1,
    decisions: [],
    isPastDeadline: false,
  };

  it('a review point undecided → pass refused', () => {
    const s = screeningState({ ...base, missing: [], lettersIn: 2 });
    expect(s).toMatchObject({ undecided: ['R-GEN-NATIONALITY'], canPass: false });
  });

  it('R-GEN-REFEREE: before the deadline a missing letter is not yet incomplete', () => {
    expect(screeningState(base).isIncompleteForLetters).toBe(false);
  });

  it('R-GEN-REFEREE: at the deadline a missing letter not waived → incomplete', () => {
    expect(screeningState({ ...base, isPastDeadline: true }).isIncompleteForLetters).toBe(true);
  });

  it('R-GEN-REFEREE: waived letter and decided point → may pass, no longer incomplete', () => {
    const s = screeningState({
      ...base,
      isPastDeadline: true,
      decisions: [
        { reasonKey: 'R-GEN-NATIONALITY', decision: 'overridden' },
        { reasonKey: letterKey('b'), decision: 'waived' },
      ],
    });
    expect(s).toEqual({
      undecided: [],
      unwaived: [],
      isIncompleteForLetters: false,
      canPass: true,
    });
  });
});

describe('R-GEN-EDIT: when an officer may act', () => {
  const due = new Date('2026-04-15T16:00:00Z'); // 24:00 on 15 April, Beijing
  it.each([
    ['submitted', null, '2026-04-01T00:00:00Z', true],
    ['incomplete', null, '2026-04-01T00:00:00Z', true],
    ['returned, before its deadline: the applicant’s turn', due, '2026-04-15T15:59:59Z', false],
    ['returned, at its deadline: locked, the officer’s again', due, '2026-04-15T16:00:00Z', true],
    ['under_review', null, '2026-04-01T00:00:00Z', false],
  ] as const)('%s', (status, dueAt, now, expected) => {
    expect(isActionable(status.split(',')[0]!, dueAt, new Date(now))).toBe(expected);
  });
});
