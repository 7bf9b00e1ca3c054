import { z } from 'zod';

import { ZFinderInput, type TFinderInput } from '@/contracts/finder.schema';
import { ZText } from '@/contracts/text.schema';
import { isCountryCode } from '@/domain/countries/countries';
import { isPlainDate } from '@/domain/dates';
import { LEVELS } from '@/domain/programs';

// The finder page is a GET form (its answer has a shareable URL). Every field arrives as a
// string; this schema turns the plain-words answers into the finder contract's input.

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const yesNo = z.preprocess(blank, z.enum(['yes', 'no']).optional());
const checkbox = z.preprocess(blank, z.literal('on').optional());
const score = (
  max: number,
  key:
    'errors.toefl_invalid' | 'errors.ielts_invalid' | 'errors.score_invalid' | 'errors.gpa_invalid',
) =>
  z.preprocess(
    blank,
    z.coerce.number({ error: key }).min(0, { error: key }).max(max, { error: key }).optional(),
  );

export const ZFinderQuery = z.object({
  level: z.enum(LEVELS, { error: 'errors.level_required' }),
  birthDate: z
    .string({ error: 'errors.birth_date_required' })
    .trim()
    .min(1, { error: 'errors.birth_date_required' })
    .refine(isPlainDate, { error: 'errors.date_invalid' }),
  nationality: z
    .string({ error: 'errors.nationality_required' })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, { error: 'errors.nationality_required' }),
  highestQualification: z.enum(['high_school', 'bachelor', 'master', 'doctorate'], {
    error: 'errors.qualification_required',
  }),
  intakeYear: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()),
  gender: z.preprocess(blank, z.enum(['female', 'male', 'other']).optional()),
  subject: z.preprocess(blank, ZText.max(50).optional()),
  teachingLanguage: z.preprocess(blank, z.enum(['english', 'chinese']).optional()),
  englishNative: checkbox,
  toefl: score(120, 'errors.toefl_invalid'),
  ielts: score(9, 'errors.ielts_invalid'),
  hsk: z.preprocess(
    blank,
    z.coerce
      .number()
      .int({ error: 'errors.hsk_invalid' })
      .min(1, { error: 'errors.hsk_invalid' })
      .max(9, { error: 'errors.hsk_invalid' })
      .optional(),
  ),
  host: z.preprocess(blank, ZText.max(20).optional()),
  academicTitle: z.preprocess(
    blank,
    z.enum(['none', 'associate_professor', 'professor']).optional(),
  ),
  studyingInChina: z.preprocess(
    blank,
    z.enum(['none', 'bachelor', 'master', 'doctorate']).optional(),
  ),
  qsTop500: yesNo,
  keyInstitution: yesNo,
  averageScore: score(100, 'errors.score_invalid'),
  gpa: score(4, 'errors.gpa_invalid'),
  currentStudent: checkbox,
  lastYearAverage: score(100, 'errors.score_invalid'),
  inChina: checkbox,
  formerChineseNationality: checkbox,
  preAdmissionNotice: checkbox,
  climateResearch: checkbox,
  twasConsideration: checkbox,
  otherScholarship: z.preprocess(blank, z.enum(['none', 'recurring', 'one_time']).optional()),
});

export type TFinderQuery = z.infer<typeof ZFinderQuery>;

/**
 * Whether the query asks a question at all. An empty /finder shows just the form, and so does
 * /finder?level=master (a program page's link pre-fills the level): a question names the person.
 */
export function isFinderAsked(query: Record<string, unknown>): boolean {
  return ['birthDate', 'nationality', 'highestQualification'].some(
    (k) => typeof query[k] === 'string',
  );
}

/** The query without its empty fields: the shareable URL of an answer stays short. */
export function compactQuery(query: Record<string, unknown>): string | null {
  const entries = Object.entries(query).filter(([, v]) => typeof v === 'string') as [
    string,
    string,
  ][];
  const kept = entries.filter(([, v]) => v.trim() !== '');
  return kept.length === entries.length ? null : new URLSearchParams(kept).toString();
}

/** The plain-words answers as the finder contract's input, judged on `asOf` (Beijing date). */
export function toFinderInput(
  q: TFinderQuery,
  asOf: string,
  defaultIntakeYear: number,
): TFinderInput {
  const hasAcademics =
    [q.qsTop500, q.keyInstitution, q.averageScore, q.gpa, q.lastYearAverage].some(
      (v) => v !== undefined,
    ) || q.currentStudent === 'on';
  return ZFinderInput.parse({
    asOf,
    intakeYear: q.intakeYear ?? defaultIntakeYear,
    birthDate: q.birthDate,
    nationality: q.nationality,
    gender: q.gender ?? null,
    formerChineseNationality: q.formerChineseNationality === 'on',
    inChina: q.inChina === 'on',
    highestQualification: q.highestQualification,
    academicTitle: q.academicTitle ?? 'none',
    studyingInChina: q.studyingInChina ?? 'none',
    level: q.level,
    subject: q.subject ?? null,
    teachingLanguage: q.teachingLanguage ?? 'english',
    english: { native: q.englishNative === 'on', toefl: q.toefl ?? null, ielts: q.ielts ?? null },
    hsk: q.hsk ?? null,
    preAdmissionNotice: q.preAdmissionNotice === 'on',
    academics: hasAcademics
      ? {
          qsTop500: q.qsTop500 === undefined ? null : q.qsTop500 === 'yes',
          keyInstitution: q.keyInstitution === undefined ? null : q.keyInstitution === 'yes',
          averageScore: q.averageScore ?? null,
          gpa: q.gpa ?? null,
          currentStudent: q.currentStudent === 'on',
          lastYearAverage: q.lastYearAverage ?? null,
        }
      : null,
    host: q.host ?? null,
    climateResearch: q.climateResearch === 'on',
    twasConsideration: q.twasConsideration === 'on',
    otherScholarships:
      q.otherScholarship === 'recurring' || q.otherScholarship === 'one_time'
        ? [{ name: '', oneTime: q.otherScholarship === 'one_time' }]
        : [],
  });
}
