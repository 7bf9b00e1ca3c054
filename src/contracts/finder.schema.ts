import { z } from 'zod';

import { isCountryCode } from '@/domain/countries/countries';
import { LEVELS } from '@/domain/programs';

import { ZContractText } from './text.schema';

// The input of `npx jiangxue finder` and of the finder API (one contract). Field names are
// fixed by the contract; fields other than the person's core facts default to "not declared".

export const ZIsoDate = z.iso.date({ error: 'Expected a date as YYYY-MM-DD' });

/** ISO 3166-1 alpha-2, any case on input, upper case after parsing. */
export const ZCountryCode = z
  .string()
  .transform((code) => code.trim().toUpperCase())
  .refine(isCountryCode, { error: 'Expected an ISO 3166-1 alpha-2 country code, e.g. "PK"' });

const ZScore = (max: number) => z.number().min(0).max(max).nullable().default(null);

export const ZFinderEnglish = z.object({
  native: z.boolean().default(false),
  /** TOEFL iBT total, 0–120. */
  toefl: ZScore(120),
  /** IELTS overall band, 0–9. */
  ielts: ZScore(9),
});

export const ZFinderAcademics = z.object({
  qsTop500: z.boolean().nullable().default(null),
  keyInstitution: z.boolean().nullable().default(null),
  averageScore: ZScore(100),
  gpa: ZScore(4),
  currentStudent: z.boolean().default(false),
  lastYearAverage: ZScore(100),
});

export const ZFinderOtherScholarship = z.object({
  name: ZContractText.default(''),
  oneTime: z.boolean(),
});

export const ZFinderInput = z.object({
  asOf: ZIsoDate,
  intakeYear: z.number().int().min(2000).max(2100),
  birthDate: ZIsoDate,
  nationality: ZCountryCode,
  gender: z.enum(['female', 'male', 'other']).nullable().default(null),
  formerChineseNationality: z.boolean().default(false),
  inChina: z.boolean().default(false),
  highestQualification: z.enum(['high_school', 'bachelor', 'master', 'doctorate']),
  academicTitle: z.enum(['none', 'associate_professor', 'professor']).default('none'),
  studyingInChina: z.enum(['none', 'bachelor', 'master', 'doctorate']).default('none'),
  level: z.enum(LEVELS),
  /** A discipline (R-CSC-CATS names, lower case); informational for the finder. */
  subject: ZContractText.nullable().default(null),
  teachingLanguage: z.enum(['english', 'chinese']).default('english'),
  english: ZFinderEnglish.default({ native: false, toefl: null, ielts: null }),
  /** HSK level, 1–9. */
  hsk: z.number().int().min(1).max(9).nullable().default(null),
  preAdmissionNotice: z.boolean().default(false),
  academics: ZFinderAcademics.nullable().default(null),
  /** The host applied to (CAS-ANSO: UCAS or USTC); picks that host's call dates. */
  host: ZContractText.trim().min(1).nullable().default(null),
  climateResearch: z.boolean().default(false),
  twasConsideration: z.boolean().default(false),
  otherScholarships: z.array(ZFinderOtherScholarship).default([]),
  /** R-GEN-AGE: overrides BGS's 1 September of `intakeYear`. */
  enrollmentDate: ZIsoDate.nullable().default(null),
});

export type TFinderInput = z.infer<typeof ZFinderInput>;
