import { describe, expect, it } from 'vitest';

import { defaultCallSettings, defaultFinderSettings, withCallOverrides } from './call-settings';
import { ANSO_ITEMS } from './cas-anso/program';
import { CSC_ITEMS, cscProgram } from './csc/program';
import { cscSubjectCategory, findTrack, getProgram, PROGRAMS } from './index';
import { validateProgram } from './program.schema';
import type { TProgram } from './types';

const HAN = /\p{Script=Han}/u;
const trackIds = (id: TProgram['id']) => getProgram(id).tracks.map((t) => t.id);

describe('programs as data', () => {
  it('issue 4: all four programs load and validate', () => {
    expect(PROGRAMS.map((p) => p.id)).toEqual(['cas-anso', 'pifi', 'csc', 'bgs']);
  });

  it.each([
    ['cas-anso', ['master', 'phd', 'twas']],
    ['pifi', ['fellow']],
    ['csc', ['undergraduate', 'master', 'doctoral', 'general_scholar', 'senior_scholar']],
    ['bgs', ['undergraduate', 'preparatory', 'master', 'doctoral', 'visiting', 'research_scholar']],
  ] as const)('issue 4: %s has the tracks %j', (id, tracks) => {
    expect(trackIds(id)).toEqual(tracks);
  });

  it('issue 4: every text a person reads exists in English and Chinese', () => {
    const texts: { en: string; zh: string }[] = [];
    for (const p of PROGRAMS) {
      texts.push(p.name, p.shortName, p.windowNote, p.eligibility, ...p.tracks.map((t) => t.name));
      texts.push(...p.coverage.map((c) => c.label), ...p.documents.map((d) => d.label));
      texts.push(
        ...p.reviewCriteria.flatMap((c) => [c.label, c.description]),
        ...p.contacts.map((c) => c.office),
      );
    }
    for (const t of texts) {
      expect(t.en.trim()).not.toBe('');
      expect(t.zh).toMatch(HAN);
    }
  });

  it.each([
    [
      'an unknown track in a document',
      { documents: [{ ...cscProgram.documents[0]!, tracks: ['nope'] }] },
      'documents.0.tracks',
    ],
    [
      'a call closing before it opens',
      {
        calls: [
          {
            intakeYear: 2026,
            host: null,
            opensOn: '2026-02-01',
            closesOn: '2026-01-31',
            bornOnOrAfter: {},
          },
        ],
      },
      'calls.0',
    ],
    ['an empty Chinese name', { name: { en: 'CSC', zh: ' ' } }, 'name.zh'],
    ['an unknown quota key', { quotas: { doctorate: 3 } }, 'quotas.doctorate'],
  ])('issue 4: validateProgram rejects %s', (_, change, path) => {
    expect(() => validateProgram({ ...cscProgram, ...change } as TProgram)).toThrow(
      path.split('.')[0],
    );
  });
});

describe('call defaults and officer overrides', () => {
  it('R-ANSO-CALL: the 2026 call opens 2025-10-15 and closes 2026-01-31, for UCAS and USTC alike', () => {
    for (const host of ['UCAS', 'USTC', null]) {
      const s = defaultCallSettings('cas-anso', { intakeYear: 2026, host });
      expect([s.opensOn, s.closesOn]).toEqual(['2025-10-15', '2026-01-31']);
      expect(s.bornOnOrAfter).toEqual({
        master: '1996-01-01',
        phd: '1991-01-01',
        twas: '1991-01-01',
      });
    }
  });

  it('R-ANSO-CALL: a later year is a new call, never the 2026 dates shifted', () => {
    const s = defaultCallSettings('cas-anso', { intakeYear: 2027 });
    expect([s.opensOn, s.closesOn, s.bornOnOrAfter]).toEqual([null, null, {}]);
  });

  it('R-ANSO-QUOTA: master 200, PhD 300, TWAS 40 with 10 climate places', () => {
    expect(defaultCallSettings('cas-anso', { intakeYear: 2026 }).quotas).toEqual({
      master: 200,
      phd: 300,
      twas: 40,
      twasClimate: 10,
    });
  });

  it.each(['pifi', 'csc', 'bgs'] as const)(
    'R-PIFI-TERMS / R-CSC-APPLY / R-BGS-APPLY: %s has no default window or quota',
    (id) => {
      const s = defaultCallSettings(id, { intakeYear: 2026 });
      expect([s.opensOn, s.closesOn, s.quotas]).toEqual([null, null, {}]);
    },
  );

  it('R-GEN-AGE: age limits come from the track data', () => {
    expect(defaultFinderSettings({ intakeYear: 2026 }).bgs.maxAge).toEqual({
      undergraduate: 25,
      preparatory: 24,
      master: 35,
      doctoral: 40,
      visiting: 45,
      research_scholar: 50,
    });
  });

  it('R-ANSO-QUOTA: an officer’s override replaces one value and keeps the rest', () => {
    const s = withCallOverrides(defaultCallSettings('cas-anso', { intakeYear: 2026 }), {
      closesOn: '2026-02-15',
      quotas: { master: 150 },
      opensOn: undefined,
    });
    expect(s.closesOn).toBe('2026-02-15');
    expect(s.opensOn).toBe('2025-10-15');
    expect(s.quotas).toEqual({ master: 150, phd: 300, twas: 40, twasClimate: 10 });
  });
});

describe('documents and review criteria', () => {
  const docIds = (id: TProgram['id']) => getProgram(id).documents.map((d) => d.id);

  it('R-PIFI-DOCS: the twelve required uploads, the visa if in China, and the optional acceptance letter', () => {
    const docs = getProgram('pifi').documents;
    expect(docs.filter((d) => d.isRequired && d.condition === null)).toHaveLength(12);
    expect(docs.find((d) => d.id === 'china_visa')).toMatchObject({
      isRequired: true,
      condition: 'in_china',
    });
    expect(docs.find((d) => d.id === 'acceptance_letter')).toMatchObject({ isRequired: false });
    expect(docs.find((d) => d.id === 'referee_letters')?.count).toBe(2);
  });

  it('R-CSC-APPLY: works for music and fine arts, the physical examination form, an 800-word plan', () => {
    expect(docIds('csc')).toEqual(
      expect.arrayContaining(['music_works', 'fine_arts_works', 'physical_exam', 'hsk_report']),
    );
    const csc = getProgram('csc').documents;
    expect(csc.find((d) => d.id === 'music_works')?.condition).toBe('music');
    expect(csc.find((d) => d.id === 'fine_arts_works')?.condition).toBe('fine_arts');
    expect(csc.find((d) => d.id === 'study_plan')?.minWords).toBe(800);
    expect(csc.find((d) => d.id === 'hsk_report')?.isRequired).toBe(false);
  });

  it('R-BGS-LETTERS: two letters for master’s, doctoral and research scholar applicants only', () => {
    const letters = getProgram('bgs').documents.find((d) => d.id === 'referee_letters');
    expect(letters).toMatchObject({ count: 2, tracks: ['master', 'doctoral', 'research_scholar'] });
  });

  it('R-PIFI-REVIEW: four criteria scored 1–10 with equal weight, plus the interview where held', () => {
    const criteria = getProgram('pifi').reviewCriteria;
    expect(criteria.filter((c) => !c.isOptional).map((c) => [c.scale, c.weight])).toEqual(
      Array(4).fill([{ min: 1, max: 10 }, 1]),
    );
    expect(criteria.find((c) => c.isOptional)?.id).toBe('interview');
  });

  it('R-BGS-APPLY: the host ranks on academic performance, overall performance and development potential', () => {
    expect(getProgram('bgs').reviewCriteria.map((c) => c.id)).toEqual([
      'academic_performance',
      'overall_performance',
      'development_potential',
    ]);
  });

  it('R-BGS-CATS: A covers living and accommodation, B accommodation, C only tuition and insurance', () => {
    expect(getProgram('bgs').categories).toEqual([
      { id: 'A', items: ['tuition', 'accommodation', 'living', 'insurance'] },
      { id: 'B', items: ['tuition', 'accommodation', 'insurance'] },
      { id: 'C', items: ['tuition', 'insurance'] },
    ]);
  });

  it('R-BGS-CATS: coverage names match the items whose amounts coverage.ts holds', () => {
    const ids = (id: TProgram['id']) => getProgram(id).coverage.map((c) => c.id);
    expect(ids('cas-anso')).toEqual(ANSO_ITEMS.map((i) => i.item));
    expect(ids('csc')).toEqual([...CSC_ITEMS]);
    expect(ids('bgs')).toEqual(getProgram('bgs').categories?.[0]?.items);
    expect(ids('pifi')).toEqual(['stipend']);
  });

  it('R-ANSO-QUOTA: the TWAS track sits inside the PhD track', () => {
    expect(findTrack('cas-anso', 'twas')?.parentTrack).toBe('phd');
  });
});

describe('R-CSC-CATS', () => {
  it.each([
    ['philosophy', 'I'],
    ['literature', 'I'],
    ['Pedagogy', 'I'],
    ['engineering', 'II'],
    ['Agronomy', 'II'],
    ['Literature (arts)', 'III'],
    ['fine arts', 'III'],
    ['music', 'III'],
    ['medicine', 'III'],
    ['astrology', null],
  ])('R-CSC-CATS: %s → category %s', (subject, category) => {
    expect(cscSubjectCategory(subject)).toBe(category);
  });
});
