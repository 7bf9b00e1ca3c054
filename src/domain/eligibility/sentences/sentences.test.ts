import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { getCountry } from '@/domain/countries/countries';
import { LEVELS, type TLocalized } from '@/domain/programs';

import { findEligibility } from '../find-eligibility';
import { aProfile } from '../profile.fixture';
import * as anso from './anso';
import * as bgs from './bgs';
import * as general from './general';
import * as qualification from './qualification';

const HAN = /\p{Script=Han}/u;
const BROKEN = /undefined|NaN|\[object|null/;
const pk = getCountry('PK');
const track = { en: "master's track", zh: '硕士项目' };
const fact = qualification.factQualification('bachelor');

// One sample call per sentence function. A new sentence without a sample fails the test below.
const samples: Record<string, () => TLocalized> = {
  nationalityForeign: () => general.nationalityForeign(pk),
  nationalityChinese: () => general.nationalityChinese(getCountry('CN')),
  nationalityFormerChinese: () => general.nationalityFormerChinese(pk),
  ageLimit: () => general.ageLimit(25, '2026-09-01', '2001-09-01', 25, track),
  concurrentNone: () => general.concurrentNone(),
  concurrentOneTimeOnly: () => general.concurrentOneTimeOnly(['Travel grant', '']),
  concurrentCheckedAtSelection: () => general.concurrentCheckedAtSelection(['CSC']),
  bgsConcurrentHeld: () => general.bgsConcurrentHeld(['CSC']),
  ansoBirth: () => anso.ansoBirth('1995-12-31', '1996-01-01', track),
  ansoBirthUnset: () => anso.ansoBirthUnset('1995-12-31', 2027, track),
  ansoNotStudyingInChina: () => anso.ansoNotStudyingInChina(track),
  ansoStudyingBarred: () => anso.ansoStudyingBarred(track, track),
  ansoStudyingOther: () => anso.ansoStudyingOther(track, track),
  ansoLanguageShown: () => anso.ansoLanguageShown({ en: 'HSK 5', zh: 'HSK5级' }),
  ansoLanguageMissing: () => anso.ansoLanguageMissing(3),
  twasTicked: () => anso.twasTicked(),
  twasNotTicked: () => anso.twasNotTicked(),
  twasDeveloping: () => anso.twasDeveloping(getCountry('ET')),
  twasHighIncome: () => anso.twasHighIncome(getCountry('KR')),
  twasPriorities: () => anso.twasPriorities(false, false, false),
  factQualification: () => fact,
  factTitle: () => qualification.factTitle('professor'),
  factPreAdmissionNotice: () => qualification.factPreAdmissionNotice(false),
  factCurrentStudent: () => qualification.factCurrentStudent(true),
  qualificationNeeded: () =>
    qualification.qualificationNeeded([fact], track, { en: 'a degree', zh: '学位' }),
  pifiEquivalenceReview: () => qualification.pifiEquivalenceReview([fact]),
  pifiEnglishShown: () =>
    qualification.pifiEnglishShown({ en: 'native English', zh: '英语为母语' }),
  pifiEnglishMissing: () => qualification.pifiEnglishMissing(),
  bgsHsk: () => bgs.bgsHsk(null, 4, track),
  bgsEnglishNative: () => bgs.bgsEnglishNative(),
  bgsEnglishCategoryA: () => bgs.bgsEnglishCategoryA({ en: 'TOEFL 90', zh: '托福90分' }),
  bgsEnglishBelowA: () => bgs.bgsEnglishBelowA({ en: 'TOEFL 80', zh: '托福80分' }),
  bgsEnglishMissing: () => bgs.bgsEnglishMissing(),
  bgsAcademicsMissing: () => bgs.bgsAcademicsMissing(),
  bgsAcademicsResearchScholar: () => bgs.bgsAcademicsResearchScholar(null, []),
  bgsAcademicsCurrentStudent: () => bgs.bgsAcademicsCurrentStudent(82, ['B', 'C']),
  bgsAcademicsHighSchool: () => bgs.bgsAcademicsHighSchool(true, 86, 3.7, ['A', 'B', 'C']),
  bgsAcademicsDegree: () => bgs.bgsAcademicsDegree(false, true, ['B', 'C']),
};

function expectBothLanguages(text: TLocalized): void {
  expect(text.en.trim()).not.toBe('');
  expect(text.zh.trim()).not.toBe('');
  expect(text.en).not.toMatch(HAN);
  expect(text.zh).toMatch(HAN);
  expect(text.en).not.toMatch(BROKEN);
  expect(text.zh).not.toMatch(BROKEN);
}

describe('reason sentences', () => {
  const exported = { ...general, ...anso, ...qualification, ...bgs };

  it('issue 4: every sentence function has a sample here', () => {
    const functions = Object.entries(exported)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(functions.sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(Object.keys(samples))('issue 4: %s exists in English and Chinese', (name) => {
    expectBothLanguages((samples[name] as () => TLocalized)());
  });

  it('issue 4: every reason of any profile has an English and a Chinese sentence', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const profile = fc.record({
      level: fc.constantFrom(...LEVELS),
      nationality: fc.constantFrom('PK', 'CN', 'HK', 'KR', 'ET', 'NP', 'US', 'XK'),
      birthDate: fc.constantFrom(
        '1970-02-28',
        '1991-01-01',
        '1996-01-01',
        '2004-02-29',
        '2008-12-31',
      ),
      intakeYear: fc.constantFrom(2026, 2027),
      highestQualification: fc.constantFrom('high_school', 'bachelor', 'master', 'doctorate'),
      academicTitle: fc.constantFrom('none', 'associate_professor', 'professor'),
      studyingInChina: fc.constantFrom('none', 'bachelor', 'master', 'doctorate'),
      teachingLanguage: fc.constantFrom('english', 'chinese'),
      english: fc.record({
        native: fc.boolean(),
        toefl: maybe(fc.integer({ min: 0, max: 120 })),
        ielts: maybe(fc.constantFrom(4, 6.5, 9)),
      }),
      hsk: maybe(fc.integer({ min: 1, max: 9 })),
      formerChineseNationality: fc.boolean(),
      twasConsideration: fc.boolean(),
      climateResearch: fc.boolean(),
      preAdmissionNotice: fc.boolean(),
      gender: fc.constantFrom('female', 'male', 'other', null),
      academics: maybe(
        fc.record({
          qsTop500: maybe(fc.boolean()),
          keyInstitution: maybe(fc.boolean()),
          averageScore: maybe(fc.integer({ min: 60, max: 100 })),
          gpa: maybe(fc.constantFrom(2.5, 3.0, 3.6, 4.0)),
          currentStudent: fc.boolean(),
          lastYearAverage: maybe(fc.integer({ min: 60, max: 100 })),
        }),
      ),
      otherScholarships: fc.array(
        fc.record({ name: fc.constantFrom('CSC', 'Grant', ''), oneTime: fc.boolean() }),
        { maxLength: 2 },
      ),
    });
    fc.assert(
      fc.property(profile, (overrides) => {
        for (const result of findEligibility(aProfile(overrides)).results)
          for (const reason of result.reasons) expectBothLanguages(reason);
      }),
      { numRuns: 300 },
    );
  });
});
