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

describe('R-GEN-AGE / R-BGS-ELIG: ages at enrollment', () => {
  it.each([
    ['undergraduate', 'high_school', '2000-09-02', 'eligible'],
    ['undergraduate', 'high_school', '2000-09-01', 'ineligible'],
    ['preparatory', 'high_school', '2001-09-02', 'eligible'],
    ['preparatory', 'high_school', '2001-09-01', 'ineligible'],
    ['master', 'bachelor', '1990-09-02', 'eligible'],
    ['master', 'bachelor', '1990-09-01', 'ineligible'],
    ['doctoral', 'master', '1985-09-02', 'eligible'],
    ['doctoral', 'master', '1985-09-01', 'ineligible'],
    ['visiting', 'bachelor', '1980-09-02', 'eligible'],
    ['visiting', 'bachelor', '1980-09-01', 'ineligible'],
    ['research_scholar', 'master', '1975-09-02', 'eligible'],
    ['research_scholar', 'master', '1975-09-01', 'ineligible'],
  ] as const)(
    'R-BGS-ELIG: %s (%s) born %s, enrolling 2026-09-01 → %s',
    (level, q, birthDate, status) => {
      const record = { ...academics, qsTop500: true, keyInstitution: true, averageScore: 90 };
      const r = bgs(level, {
        highestQualification: q,
        birthDate,
        preAdmissionNotice: true,
        academics: record,
      });
      expect(reasonsFor(r, 'R-GEN-AGE')[0]?.ok).toBe(status === 'eligible');
      expect(r.status).toBe(status);
    },
  );

  it('R-GEN-AGE: an enrollmentDate overrides BGS’s 1 September (and only BGS’s)', () => {
    const extra = { birthDate: '1990-09-05', enrollmentDate: '2026-09-04' } as const;
    expect(reasonsFor(bgs('master', extra), 'R-GEN-AGE')[0]).toMatchObject({ ok: true });
    expect(reasonsFor(bgs('master', extra), 'R-GEN-AGE')[0]?.en).toContain('aged 35 on 2026-09-04');
    expect(reasonsFor(trackResult(extra, 'csc', 'master'), 'R-GEN-AGE')[0]?.en).toContain(
      'on 2026-09-01',
    );
  });
});

describe('R-BGS-ELIG: qualifications', () => {
  it.each([
    ['preparatory', { highestQualification: 'high_school', preAdmissionNotice: true }, true],
    ['preparatory', { highestQualification: 'high_school', preAdmissionNotice: false }, false],
    ['visiting', { highestQualification: 'high_school' }, false],
    [
      'visiting',
      {
        highestQualification: 'high_school',
        academics: { ...academics, currentStudent: true, lastYearAverage: 90 },
      },
      true,
    ],
    ['visiting', { highestQualification: 'high_school', studyingInChina: 'bachelor' }, true],
    ['visiting', { highestQualification: 'bachelor' }, true],
    ['research_scholar', { highestQualification: 'bachelor' }, false],
    [
      'research_scholar',
      { highestQualification: 'bachelor', academicTitle: 'associate_professor' },
      true,
    ],
    ['research_scholar', { highestQualification: 'doctorate' }, true],
    ['doctoral', { highestQualification: 'doctorate' }, true],
  ] as const)('R-BGS-ELIG: %s with %j → ok %s', (level, extra, ok) => {
    expect(reasonsFor(bgs(level, { birthDate: '2003-01-01', ...extra }), 'R-BGS-ELIG')[0]?.ok).toBe(
      ok,
    );
  });
});

describe('R-BGS-LANG', () => {
  it.each([
    ['visiting', 3, true, 'HSK 3 is enough for a non-degree track'],
    ['research_scholar', 3, true, 'research scholars need HSK 3'],
    ['preparatory', 2, false, 'HSK 2 is too low for preparatory'],
    ['master', 3, false, 'degree tracks need HSK 4'],
    ['master', 4, true, 'HSK 4 for a degree'],
    ['master', null, false, 'no HSK result'],
  ] as const)('R-BGS-LANG: Chinese-taught %s with HSK %s → ok %s (%s)', (level, hsk, ok, _why) => {
    const extra = {
      teachingLanguage: 'chinese',
      hsk,
      highestQualification: 'master',
      preAdmissionNotice: true,
    } as const;
    const reason = reasonsFor(bgs(level, { birthDate: '2003-01-01', ...extra }), 'R-BGS-LANG')[0];
    expect(reason?.ok).toBe(ok);
    expect(reason?.review).toBeUndefined();
  });

  it.each([
    ['native English', ['A', 'B', 'C'], 'eligible', { ...noEnglish, native: true }],
    ['TOEFL 85 (Category A threshold)', ['A', 'B', 'C'], 'eligible', { ...noEnglish, toefl: 85 }],
    ['TOEFL 84', ['B', 'C'], 'eligible', { ...noEnglish, toefl: 84 }],
    ['IELTS 6.5 (Category A threshold)', ['A', 'B', 'C'], 'eligible', { ...noEnglish, ielts: 6.5 }],
    ['IELTS 6.0', ['B', 'C'], 'eligible', { ...noEnglish, ielts: 6 }],
    ['TOEFL 70 but IELTS 7.0', ['A', 'B', 'C'], 'eligible', { native: false, toefl: 70, ielts: 7 }],
    ['no certificate', [], 'review', noEnglish],
  ] as const)(
    'R-BGS-LANG: English-taught master from a QS top-500 university, %s → categories %j, %s',
    (_, categories, status, english) => {
      const r = bgs('master', { english });
      expect(r.categories).toEqual(categories);
      expect(r.status).toBe(status);
    },
  );
});
