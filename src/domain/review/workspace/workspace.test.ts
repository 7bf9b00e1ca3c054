import { describe, expect, it } from 'vitest';

import { PIFI_RUBRIC } from '../rubrics';
import { neighbours, progressOf, reviewState } from './queue';
import { isReminderDue } from './reminder';
import { mergeScores, missingScores, parseScores } from './score-form';

const rubric = [
  { id: 'a', min: 1, max: 10, weight: 1 },
  { id: 'b', min: 0, max: 5, weight: 2 },
];

describe('queue', () => {
  it('no review row → not started; draft and submitted as stored', () => {
    expect(reviewState(null)).toBe('not_started');
    expect(reviewState('draft')).toBe('draft');
    expect(reviewState('submitted')).toBe('submitted');
  });

  it('progress counts submitted of all', () => {
    expect(progressOf([{ status: 'submitted' }, { status: 'draft' }, { status: null }])).toEqual({
      submitted: 1,
      total: 3,
    });
  });

  it('neighbours: null at both ends; not in the queue → nothing', () => {
    const q = [{ applicationId: 'x' }, { applicationId: 'y' }, { applicationId: 'z' }];
    expect(neighbours(q, 'x')).toEqual({ previous: null, next: 'y', position: 1 });
    expect(neighbours(q, 'y')).toEqual({ previous: 'x', next: 'z', position: 2 });
    expect(neighbours(q, 'z')).toEqual({ previous: 'y', next: null, position: 3 });
    expect(neighbours(q, 'w')).toEqual({ previous: null, next: null, position: null });
  });
});

describe('R-REV-SCORE: typed scores', () => {
  it.each([
    ['1', { a: 1 }, []],
    ['10', { a: 10 }, []],
    ['０８', { a: 8 }, []],
    ['0', {}, ['out_of_range']],
    ['11', {}, ['out_of_range']],
    ['7.5', {}, ['not_integer']],
    ['seven', {}, ['not_integer']],
  ])('a = %j → %j', (typed, scores, codes) => {
    const r = parseScores(rubric, { a: typed });
    expect(r.scores).toEqual(scores);
    expect(r.problems.map((p) => p.code)).toEqual(codes);
  });

  it('empty clears; unknown fields are ignored; merge keeps the rest', () => {
    const r = parseScores(rubric, { a: '', zzz: '4' });
    expect(r.cleared).toEqual(['a']);
    expect(mergeScores(rubric, { a: 3, b: 2, gone: 1 }, r)).toEqual({ b: 2 });
    expect(mergeScores(rubric, { a: 3 }, parseScores(rubric, { b: '5' }))).toEqual({ a: 3, b: 5 });
  });

  it('submitting needs every criterion on its scale', () => {
    expect(missingScores(PIFI_RUBRIC, {}).length).toBe(PIFI_RUBRIC.length);
    expect(missingScores(rubric, { a: 1, b: 0 })).toEqual([]);
    expect(missingScores(rubric, { a: 1 }).map((p) => p.criterion)).toEqual(['b']);
  });
});

describe('reminders', () => {
  const due = new Date('2026-05-10T00:00:00Z');
  it.each([
    ['2026-05-06T23:59:59Z', null, false],
    ['2026-05-07T00:00:00Z', null, true],
    ['2026-05-12T00:00:00Z', null, true],
    ['2026-05-08T00:00:00Z', '2026-05-07T00:00:01Z', false],
    ['2026-05-09T00:00:00Z', '2026-05-07T00:00:00Z', true],
  ])('now %s, reminded %s → %s', (now, reminded, expected) => {
    expect(isReminderDue(due, new Date(now), reminded ? new Date(reminded) : null)).toBe(expected);
  });
});
