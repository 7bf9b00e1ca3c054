import { describe, expect, it } from 'vitest';

import { reasonsFor, trackResult } from '../track-result.fixture';

const csc = (level: string, extra: object) =>
  trackResult({ level: level as 'master', ...extra }, 'csc', level);

describe('R-GEN-AGE: CSC ages on 1 September of the intake year (≤ the limit)', () => {
  it.each([
    ['undergraduate', 25, 'high_school', '2000-09-02', 'eligible', 25],
    ['undergraduate', 25, 'high_school', '2000-09-01', 'ineligible', 26],
    ['master', 35, 'bachelor', '1990-09-02', 'eligible', 35],
    ['master', 35, 'bachelor', '1990-09-01', 'ineligible', 36],
    ['doctoral', 40, 'master', '1985-09-02', 'eligible', 40],
    ['doctoral', 40, 'master', '1985-09-01', 'ineligible', 41],
    ['general_scholar', 45, 'high_school', '1980-09-02', 'eligible', 45],
    ['general_scholar', 45, 'high_school', '1980-09-01', 'ineligible', 46],
    ['senior_scholar', 50, 'master', '1975-09-02', 'eligible', 50],
    ['senior_scholar', 50, 'master', '1975-09-01', 'ineligible', 51],
  ] as const)(
    'R-GEN-AGE: CSC %s (≤ %i), %s, born %s → %s (aged %i on 2026-09-01)',
    (level, _max, q, birthDate, status, age) => {
      const r = csc(level, { highestQualification: q, birthDate });
      expect(r.status).toBe(status);
      expect(reasonsFor(r, 'R-GEN-AGE')[0]?.en).toContain(`aged ${age} on 2026-09-01`);
    },
  );

  it('R-GEN-AGE: the sentence gives age, date, birth and limit in both languages', () => {
    const reason = reasonsFor(
      csc('undergraduate', { highestQualification: 'high_school', birthDate: '2001-09-01' }),
      'R-GEN-AGE',
    )[0];
    expect(reason).toEqual({
      rule: 'R-GEN-AGE',
      ok: true,
      en: 'aged 25 on 2026-09-01 (born 2001-09-01); the undergraduate track allows up to 25',
      zh: '2026-09-01时25岁（出生于2001-09-01）；本科项目要求不超过25岁',
    });
  });
});

describe('R-CSC-ELIG: qualifications', () => {
  it.each([
    ['undergraduate', { highestQualification: 'high_school' }, 'eligible'],
    ['master', { highestQualification: 'high_school' }, 'ineligible'],
    ['master', { highestQualification: 'bachelor' }, 'eligible'],
    ['doctoral', { highestQualification: 'bachelor' }, 'ineligible'],
    ['doctoral', { highestQualification: 'master' }, 'eligible'],
    ['doctoral', { highestQualification: 'doctorate' }, 'eligible'],
    ['general_scholar', { highestQualification: 'high_school' }, 'eligible'],
    ['senior_scholar', { highestQualification: 'bachelor' }, 'ineligible'],
    [
      'senior_scholar',
      { highestQualification: 'bachelor', academicTitle: 'associate_professor' },
      'eligible',
    ],
    ['senior_scholar', { highestQualification: 'master' }, 'eligible'],
  ] as const)('R-CSC-ELIG: %s with %j → %s', (level, extra, status) => {
    const r = csc(level, { birthDate: '2003-01-01', ...extra });
    expect(reasonsFor(r, 'R-CSC-ELIG')[0]?.ok).toBe(status === 'eligible');
    expect(r.status).toBe(status);
  });

  it('R-CSC-ELIG: a doctorate satisfies "a master\'s degree" and the sentence says so', () => {
    const reason = reasonsFor(
      csc('doctoral', { highestQualification: 'doctorate' }),
      'R-CSC-ELIG',
    )[0];
    expect(reason?.en).toBe(
      "highest qualification: doctorate; the doctoral track needs a master's degree (a doctorate also counts)",
    );
    expect(reason?.zh).toBe('最高学历：博士学位；博士项目要求硕士学位（博士学位亦可）');
  });
});
