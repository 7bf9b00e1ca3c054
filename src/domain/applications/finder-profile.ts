import type { TFinderProfile } from '../eligibility/types';
import { findTrack } from '../programs';
import type { TApplication } from './application';

/** What the finder needs of the applicant's identity profile (R-GEN-IDENTITY). */
export type TFinderApplicant = { birthOn: string; nationality: string; gender: string | null };

const num = (v: string | undefined) => (v && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null);
const yes = (v: string | undefined) => v === 'yes';

/**
 * The finder's view of an application (profile + answers), so submission is judged by the very
 * rules the finder shows: the finder's ineligibility reasons block submission. Null for a
 * track the program does not have.
 * @example finderProfileOf(app, { birthOn: '1996-01-01', nationality: 'PK', gender: null }, { asOf: '2026-01-10', intakeYear: 2026 })?.level // 'doctoral'
 */
export function finderProfileOf(
  app: Pick<TApplication, 'programId' | 'track' | 'hostId' | 'answers'>,
  applicant: TFinderApplicant,
  q: { asOf: string; intakeYear: number },
): TFinderProfile | null {
  const track = findTrack(app.programId, app.track);
  if (!track) return null;
  const { answers } = app;
  const edu = answers.education ?? {};
  const lang = answers.language ?? {};
  const program = answers.program ?? {};
  const qualification = edu.highestQualification as
    TFinderProfile['highestQualification'] | undefined;
  return {
    asOf: q.asOf,
    intakeYear: q.intakeYear,
    birthDate: applicant.birthOn,
    nationality: applicant.nationality,
    gender: (applicant.gender as TFinderProfile['gender']) ?? null,
    formerChineseNationality: false,
    inChina: yes(answers.personal?.inChina),
    highestQualification: qualification ?? 'high_school',
    academicTitle: (edu.academicTitle as TFinderProfile['academicTitle']) || 'none',
    studyingInChina: (edu.studyingInChina as TFinderProfile['studyingInChina']) || 'none',
    level: track.level,
    subject: answers.host?.subject ?? null,
    teachingLanguage: program.teachingLanguage === 'chinese' ? 'chinese' : 'english',
    english: { native: yes(lang.englishNative), toefl: num(lang.toefl), ielts: num(lang.ielts) },
    hsk: num(lang.hsk),
    preAdmissionNotice: false,
    academics: null,
    host: app.hostId,
    climateResearch: yes(program.climateResearch),
    twasConsideration: yes(program.twasConsideration),
    otherScholarships:
      program.otherScholarship === 'recurring' ? [{ name: '', oneTime: false }] : [],
    enrollmentDate: null,
  };
}
