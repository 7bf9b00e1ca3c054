import { describe, expect, it } from 'vitest';

import { reasonWith, trackResult } from '../track-result.fixture';

const fellow = (extra: object) =>
  trackResult({ level: 'fellow', highestQualification: 'doctorate', ...extra }, 'pifi', 'fellow');
const none = { native: false, toefl: null, ielts: null };

describe('R-PIFI-ELIG', () => {
  it.each([
    ['a doctorate and a TOEFL score', {}, 'eligible'],
    ['a master’s degree only', { highestQualification: 'master' }, 'ineligible'],
    [
      'a master’s degree and a professor’s title (maybe equivalent)',
      { highestQualification: 'master', academicTitle: 'professor' },
      'review',
    ],
    ['a doctorate, native English', { english: { ...none, native: true } }, 'eligible'],
    ['a doctorate, any IELTS score (5.0)', { english: { ...none, ielts: 5 } }, 'eligible'],
    [
      'a doctorate, no English evidence (an officer judges other evidence)',
      { english: none },
      'review',
    ],
    [
      'a doctorate, only HSK 6 (Chinese does not prove English)',
      { english: none, hsk: 6 },
      'review',
    ],
  ])('R-PIFI-ELIG: %s → %s', (_, extra, status) => {
    expect(fellow(extra).status).toBe(status);
  });

  it('R-PIFI-ELIG: the doctorate sentence names the qualification and the need', () => {
    const reason = reasonWith(fellow({ highestQualification: 'master' }), 'R-PIFI-ELIG', 'PhD');
    expect(reason).toEqual({
      rule: 'R-PIFI-ELIG',
      ok: false,
      en: "highest qualification: master's degree; the fellowship needs a PhD or equivalent",
      zh: '最高学历：硕士学位；该人才计划要求博士或同等学位',
    });
  });

  it('R-PIFI-ELIG: a missing English score asks for review rather than failing', () => {
    expect(reasonWith(fellow({ english: none }), 'R-PIFI-ELIG', 'English')).toMatchObject({
      ok: false,
      review: true,
    });
  });

  it('R-PIFI-ELIG: Chinese nationals are excluded despite "all nationalities" (R-GEN-NATIONALITY)', () => {
    expect(fellow({ nationality: 'CN' }).status).toBe('ineligible');
  });
});
