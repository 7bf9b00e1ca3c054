import { describe, expect, it } from 'vitest';

import {
  conditionState,
  documentSlots,
  missingDocuments,
  type TSlotDocument,
} from './document-slots';

const doc = (slot: string, over: Partial<TSlotDocument> = {}): TSlotDocument => ({
  id: `id-${slot}-${over.role ?? 'original'}`,
  slot,
  role: 'original',
  isOtherLanguage: false,
  translationOfId: null,
  issuedOn: null,
  ...over,
});

const CSC_UPLOADS = [
  'application_form',
  'highest_diploma',
  'transcripts',
  'physical_exam',
  'passport_copy',
];

describe('document slots per program and track', () => {
  it('R-BGS-ELIG: the pre-admission notice is a preparatory slot only', () => {
    const ids = (track: string) => documentSlots('bgs', track, {}, []).map((s) => s.spec.id);
    expect(ids('preparatory')).toContain('pre_admission_notice');
    expect(ids('master')).not.toContain('pre_admission_notice');
  });

  it('R-GEN-REFEREE: referee letters are filled by the referees, not uploaded here', () => {
    const slot = documentSlots('csc', 'doctoral', {}, []).find(
      (s) => s.spec.id === 'referee_letters',
    );
    expect(slot?.source).toBe('referees');
    expect(slot?.count).toBe(2);
  });

  it('R-GEN-WORDS: the CSC study plan is the form’s typed plan, not an upload', () => {
    const slot = documentSlots('csc', 'doctoral', {}, []).find((s) => s.spec.id === 'study_plan');
    expect(slot?.source).toBe('form');
  });
});

describe('conditions read from the answers (unknown → not required)', () => {
  it.each([
    [
      'R-PIFI-DOCS in_china answered yes → holds',
      'in_china',
      { personal: { inChina: 'yes' } },
      'holds',
    ],
    ['in_china answered no → not_holds', 'in_china', { personal: { inChina: 'no' } }, 'not_holds'],
    ['in_china unanswered → unknown', 'in_china', {}, 'unknown'],
    ['R-CSC-APPLY music subject → holds', 'music', { host: { subject: 'Music' } }, 'holds'],
    [
      'fine arts subject typed with a space → holds',
      'fine_arts',
      { host: { subject: 'fine arts' } },
      'holds',
    ],
    ['engineering subject → not music', 'music', { host: { subject: 'engineering' } }, 'not_holds'],
    [
      'R-BGS-LANG Chinese-taught → holds',
      'chinese_taught',
      { program: { teachingLanguage: 'chinese' } },
      'holds',
    ],
    [
      'English-taught, not native → holds',
      'english_taught_non_native',
      { program: { teachingLanguage: 'english' }, language: { englishNative: 'no' } },
      'holds',
    ],
    [
      'English-taught, native → not_holds',
      'english_taught_non_native',
      { program: { teachingLanguage: 'english' }, language: { englishNative: 'yes' } },
      'not_holds',
    ],
    ['current student unanswered (no such question) → unknown', 'current_student', {}, 'unknown'],
    ['an HSK score given → holds', 'has_hsk', { language: { hsk: '4' } }, 'holds'],
  ] as const)('%s', (_name, condition, answers, expected) => {
    expect(conditionState(condition, answers, [])).toBe(expected);
  });
});

describe('missing documents', () => {
  it('R-CSC-APPLY: an empty CSC application misses exactly its always-required uploads', () => {
    const missing = missingDocuments({
      programId: 'csc',
      track: 'doctoral',
      answers: {},
      documents: [],
    });
    expect(missing.map((m) => m.slot).sort()).toEqual([...CSC_UPLOADS].sort());
  });

  it('R-CSC-APPLY: music applicants also need the recording of their works', () => {
    const missing = missingDocuments({
      programId: 'csc',
      track: 'master',
      answers: { host: { subject: 'music' } },
      documents: CSC_UPLOADS.map((s) => doc(s)),
    });
    expect(missing).toEqual([{ slot: 'music_works', reason: 'missing', needed: 1, has: 0 }]);
  });

  it('R-CSC-APPLY: a document in neither Chinese nor English needs its translation beside it', () => {
    const diploma = doc('highest_diploma', { id: 'dip', isOtherLanguage: true });
    const others = CSC_UPLOADS.filter((s) => s !== 'highest_diploma').map((s) => doc(s));
    const without = missingDocuments({
      programId: 'csc',
      track: 'doctoral',
      answers: {},
      documents: [...others, diploma],
    });
    expect(without).toEqual([
      { slot: 'highest_diploma', reason: 'translation_missing', documentId: 'dip' },
    ]);
    const translation = doc('highest_diploma', {
      id: 'tr',
      role: 'translation',
      translationOfId: 'dip',
    });
    expect(
      missingDocuments({
        programId: 'csc',
        track: 'doctoral',
        answers: {},
        documents: [...others, diploma, translation],
      }),
    ).toEqual([]);
  });

  it('R-CSC-ELIG: given the submission date, an examination form older than six months is listed', () => {
    const documents = CSC_UPLOADS.map((s) =>
      s === 'physical_exam' ? doc(s, { issuedOn: '2026-01-14' }) : doc(s),
    );
    const at = (submittedOn: string) =>
      missingDocuments({
        programId: 'csc',
        track: 'doctoral',
        answers: {},
        documents,
        submittedOn,
      });
    expect(at('2026-07-14')).toEqual([]);
    expect(at('2026-07-15')).toEqual([
      { slot: 'physical_exam', reason: 'physical_exam_too_old', examOn: '2026-01-14' },
    ]);
  });

  it('R-PIFI-DOCS: the Chinese visa is needed only from applicants in China; the acceptance letter never', () => {
    const base = { programId: 'pifi' as const, track: 'fellow', documents: [] };
    const abroad = missingDocuments({ ...base, answers: { personal: { inChina: 'no' } } }).map(
      (m) => m.slot,
    );
    const inChina = missingDocuments({ ...base, answers: { personal: { inChina: 'yes' } } }).map(
      (m) => m.slot,
    );
    expect(abroad).not.toContain('china_visa');
    expect(inChina).toContain('china_visa');
    expect(inChina).not.toContain('acceptance_letter');
  });
});
