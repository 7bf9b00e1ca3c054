import { describe, expect, it } from 'vitest';

import type { TFinderProfile } from '../types';
import { reasonsFor, trackResult } from '../track-result.fixture';

const noEnglish = { native: false, toefl: null, ielts: null };
const academics = {
  qsTop500: null,
  keyInstitution: null,
  averageScore: null,
  gpa: null,
  currentStudent: false,
  lastYearAverage: null,
};
const bgs = (level: string, extra: Partial<TFinderProfile>) =>
  trackResult({ level: level as 'master', ...extra }, 'bgs', level);

describe('R-BGS-ACAD: reachable categories', () => {
  const native = { ...noEnglish, native: true };
  it.each([
    [
      'degree from a QS top-500 university',
      ['A', 'B', 'C'],
      'master',
      'bachelor',
      { qsTop500: true },
    ],
    [
      'degree from a key university',
      ['B', 'C'],
      'master',
      'bachelor',
      { qsTop500: false, keyInstitution: true },
    ],
    ['degree from neither', [], 'master', 'bachelor', { qsTop500: false, keyInstitution: false }],
    [
      'key high school, average 85',
      ['A', 'B', 'C'],
      'undergraduate',
      'high_school',
      { keyInstitution: true, averageScore: 85 },
    ],
    [
      'key high school, average 84',
      ['B', 'C'],
      'undergraduate',
      'high_school',
      { keyInstitution: true, averageScore: 84 },
    ],
    [
      'key high school, average 80',
      ['B', 'C'],
      'undergraduate',
      'high_school',
      { keyInstitution: true, averageScore: 80 },
    ],
    [
      'key high school, average 79',
      [],
      'undergraduate',
      'high_school',
      { keyInstitution: true, averageScore: 79 },
    ],
    [
      'key high school, GPA 3.6',
      ['A', 'B', 'C'],
      'undergraduate',
      'high_school',
      { keyInstitution: true, gpa: 3.6 },
    ],
    [
      'key high school, GPA 3.0',
      ['B', 'C'],
      'undergraduate',
      'high_school',
      { keyInstitution: true, gpa: 3.0 },
    ],
    [
      'key high school, GPA 2.9',
      [],
      'undergraduate',
      'high_school',
      { keyInstitution: true, gpa: 2.9 },
    ],
    [
      'ordinary high school, average 95',
      [],
      'undergraduate',
      'high_school',
      { keyInstitution: false, averageScore: 95 },
    ],
    [
      'current student, last year 85',
      ['A', 'B', 'C'],
      'master',
      'bachelor',
      { currentStudent: true, lastYearAverage: 85 },
    ],
    [
      'current student, last year 80',
      ['B', 'C'],
      'master',
      'bachelor',
      { currentStudent: true, lastYearAverage: 80 },
    ],
    [
      'current student, last year 79, even from a QS top 500',
      [],
      'master',
      'bachelor',
      { currentStudent: true, lastYearAverage: 79, qsTop500: true },
    ],
    ['current student, no average given', [], 'master', 'bachelor', { currentStudent: true }],
    [
      'research scholar from a QS top 500',
      ['A', 'B', 'C'],
      'research_scholar',
      'master',
      { qsTop500: true },
    ],
    [
      'research scholar from a key university only',
      [],
      'research_scholar',
      'master',
      { qsTop500: false, keyInstitution: true },
    ],
  ] as const)('R-BGS-ACAD: %s → categories %j', (_, categories, level, q, record) => {
    const r = bgs(level, {
      english: native,
      highestQualification: q,
      academicTitle: 'professor',
      preAdmissionNotice: true,
      birthDate: '2003-01-01',
      academics: { ...academics, ...record },
    });
    expect(r.categories).toEqual(categories);
    const reason = reasonsFor(r, 'R-BGS-ACAD')[0];
    expect(reason?.ok).toBe(categories.length > 0);
    // Note: R-BGS-ACAD — no reachable category is the host's decision, never a plain "no".
    expect(r.status).toBe(categories.length > 0 ? 'eligible' : 'review');
  });

  it('R-BGS-ACAD: no academic record → review with no category', () => {
    const r = bgs('master', { english: native, academics: null });
    expect(r.status).toBe('review');
    expect(r.categories).toEqual([]);
    expect(reasonsFor(r, 'R-BGS-ACAD')[0]).toMatchObject({ ok: false, review: true });
  });

  it('R-BGS-LANG ∩ R-BGS-ACAD: TOEFL 80 from a QS top-500 university reaches B and C only', () => {
    expect(bgs('master', { english: { ...noEnglish, toefl: 80 } }).categories).toEqual(['B', 'C']);
  });

  it('R-BGS-ELIG: an ineligible applicant reaches no category', () => {
    expect(bgs('master', { birthDate: '1980-01-01' })).toMatchObject({
      status: 'ineligible',
      categories: [],
    });
  });
});
