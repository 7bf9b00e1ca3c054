import { describe, expect, it } from 'vitest';

import { reasonsFor, reasonWith, trackResult } from '../track-result.fixture';

const doctoral = { level: 'doctoral', highestQualification: 'master' } as const;

describe('R-ANSO-ELIG: birth dates of the 2026 call', () => {
  it.each([
    ['master', {}, '1996-01-01', 'eligible'],
    ['master', {}, '1995-12-31', 'ineligible'],
    ['phd', doctoral, '1991-01-01', 'eligible'],
    ['phd', doctoral, '1990-12-31', 'ineligible'],
    ['twas', { ...doctoral, twasConsideration: true }, '1991-01-01', 'eligible'],
    ['twas', { ...doctoral, twasConsideration: true }, '1990-12-31', 'ineligible'],
  ] as const)('R-ANSO-ELIG: %s track, born %s → %s', (track, extra, birthDate, status) => {
    const r = trackResult({ ...extra, birthDate }, 'cas-anso', track);
    expect(r.status).toBe(status);
  });

  it('R-ANSO-ELIG: the sentence gives the actual values in both languages', () => {
    const reason = reasonsFor(
      trackResult({ birthDate: '1995-12-31' }, 'cas-anso', 'master'),
      'R-ANSO-ELIG',
    )[0];
    expect(reason).toEqual({
      rule: 'R-ANSO-ELIG',
      ok: false,
      en: "born 1995-12-31; the master's track needs 1996-01-01 or later",
      zh: '出生于1995-12-31；硕士项目要求1996-01-01或之后出生',
    });
  });
});

describe('R-ANSO-ELIG: studying in China', () => {
  const twas = { ...doctoral, twasConsideration: true };
  it.each([
    [
      'master',
      'master',
      'ineligible',
      "a master's student in China cannot take the master's track",
      {},
    ],
    [
      'master',
      'doctorate',
      'eligible',
      "only a master's degree in China bars the master's track",
      {},
    ],
    ['phd', 'master', 'eligible', "a master's student in China may apply for the PhD", doctoral],
    [
      'phd',
      'doctorate',
      'ineligible',
      'a doctoral student in China cannot take the PhD track',
      doctoral,
    ],
    ['twas', 'doctorate', 'ineligible', 'nor the TWAS track', twas],
    ['phd', 'bachelor', 'eligible', "a bachelor's student in China is not barred", doctoral],
  ] as const)(
    'R-ANSO-ELIG: %s track, studying for a %s in China → %s (%s)',
    (track, studyingInChina, status, _why, extra) => {
      expect(trackResult({ ...extra, studyingInChina }, 'cas-anso', track).status).toBe(status);
    },
  );
});

describe('R-ANSO-ELIG: English or Chinese proficiency', () => {
  const none = { native: false, toefl: null, ielts: null };
  it.each([
    ['native English', { english: { ...none, native: true } }, 'eligible'],
    ['any TOEFL score (40)', { english: { ...none, toefl: 40 } }, 'eligible'],
    ['any IELTS score (4.5)', { english: { ...none, ielts: 4.5 } }, 'eligible'],
    ['HSK 4, the lowest level that counts', { english: none, hsk: 4 }, 'eligible'],
    ['HSK 3 and no English evidence', { english: none, hsk: 3 }, 'review'],
    ['no evidence at all', { english: none, hsk: null }, 'review'],
  ])('R-ANSO-ELIG: %s → %s', (_, extra, status) => {
    const r = trackResult(extra, 'cas-anso', 'master');
    expect(r.status).toBe(status);
    const language = reasonWith(r, 'R-ANSO-ELIG', 'proficiency');
    expect(language.review === true).toBe(status === 'review');
  });
});

describe('R-GEN-NATIONALITY', () => {
  const tracks = [
    ['master', 'cas-anso', 'master'],
    ['doctoral', 'cas-anso', 'twas'],
    ['master', 'csc', 'master'],
    ['fellow', 'pifi', 'fellow'],
    ['visiting', 'bgs', 'visiting'],
  ] as const;
  const cases = ['CN', 'HK', 'MO', 'TW'].flatMap((code) =>
    tracks.map((t) => [code, ...t] as const),
  );

  it.each(cases)(
    'R-GEN-NATIONALITY: %s applying at level %s → %s/%s ineligible',
    (nationality, level, program, track) => {
      const extra = {
        nationality,
        level,
        highestQualification: 'doctorate',
        twasConsideration: true,
      } as const;
      const r = trackResult(extra, program, track);
      expect(r.status).toBe('ineligible');
      expect(reasonsFor(r, 'R-GEN-NATIONALITY')[0]?.ok).toBe(false);
    },
  );

  it('R-GEN-NATIONALITY: a former Chinese national → review, with the rule asking for an officer', () => {
    const r = trackResult({ formerChineseNationality: true }, 'cas-anso', 'master');
    expect(r.status).toBe('review');
    expect(reasonsFor(r, 'R-GEN-NATIONALITY')[0]).toMatchObject({ ok: false, review: true });
  });

  it('R-GEN-NATIONALITY: a Pakistani national → ok, named in both languages', () => {
    const reason = reasonsFor(trackResult({}, 'csc', 'master'), 'R-GEN-NATIONALITY')[0];
    expect(reason).toMatchObject({ ok: true });
    expect(reason?.en).toContain('Pakistan (PK)');
    expect(reason?.zh).toContain('巴基斯坦');
  });
});

describe('R-ANSO-TWAS in the finder', () => {
  const twas = (extra: object) => trackResult({ ...doctoral, ...extra }, 'cas-anso', 'twas');
  const phd = (extra: object) => trackResult({ ...doctoral, ...extra }, 'cas-anso', 'phd');

  it('R-ANSO-TWAS: developing nationality and the box ticked → eligible', () => {
    expect(twas({ nationality: 'ET', twasConsideration: true }).status).toBe('eligible');
  });

  it('R-ANSO-TWAS: box not ticked → TWAS ineligible, PhD unaffected', () => {
    expect(twas({ twasConsideration: false }).status).toBe('ineligible');
    expect(phd({ twasConsideration: false }).status).toBe('eligible');
  });

  it.each(['KR', 'US', 'CR', 'SA'])(
    'R-ANSO-TWAS: box ticked but high-income %s → TWAS ineligible, PhD eligible',
    (nationality) => {
      const r = twas({ nationality, twasConsideration: true });
      expect(r.status).toBe('ineligible');
      expect(reasonWith(r, 'R-ANSO-TWAS', 'high income').ok).toBe(false);
      expect(phd({ nationality, twasConsideration: true }).status).toBe('eligible');
    },
  );

  it('R-ANSO-TWAS: the LDC, women and climate flags are shown to the panel without changing the status', () => {
    const r = twas({
      nationality: 'NP',
      gender: 'female',
      climateResearch: true,
      twasConsideration: true,
    });
    const flags = reasonWith(r, 'R-ANSO-TWAS', 'special consideration');
    expect(flags.ok).toBe(true);
    expect(flags.en).toBe(
      'special consideration: national of a Least Developed Country, woman; climate-related research: yes',
    );
    expect(flags.zh).toBe('特别考虑：最不发达国家公民、女性；气候相关研究：是');
    expect(r.status).toBe('eligible');
  });
});
