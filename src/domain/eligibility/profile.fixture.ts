// Test data: the example profile (a Pakistani bachelor applying for master's in 2026),
// which every table-driven test changes in the one field it pins.
import type { TFinderProfile } from './types';

/**
 * A complete finder profile with `overrides` applied.
 * @example aProfile({ birthDate: '1995-12-31' })
 */
export function aProfile(overrides: Partial<TFinderProfile> = {}): TFinderProfile {
  return {
    asOf: '2026-01-10',
    intakeYear: 2026,
    birthDate: '1996-01-01',
    nationality: 'PK',
    gender: 'female',
    formerChineseNationality: false,
    inChina: false,
    highestQualification: 'bachelor',
    academicTitle: 'none',
    studyingInChina: 'none',
    level: 'master',
    subject: 'engineering',
    teachingLanguage: 'english',
    english: { native: false, toefl: 90, ielts: null },
    hsk: null,
    preAdmissionNotice: false,
    academics: {
      qsTop500: true,
      keyInstitution: false,
      averageScore: 86,
      gpa: null,
      currentStudent: false,
      lastYearAverage: null,
    },
    host: 'UCAS',
    climateResearch: false,
    twasConsideration: false,
    otherScholarships: [],
    enrollmentDate: null,
    ...overrides,
  };
}
