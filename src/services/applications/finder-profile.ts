import type { TApplicantProfileRow } from '@/db/repositories/applicant.repository';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import type { TAnswers } from '@/domain/applications/form-definition';
import type { TFinderProfile } from '@/domain/eligibility/types';
import { findTrack } from '@/domain/programs';

const num = (v: string | undefined) => (v && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null);
const yes = (v: string | undefined) => v === 'yes';

/**
 * The finder's view of an application (profile + answers), so submission is judged by the very
 * rules the finder shows (issue 6: the finder's ineligibility reasons block submission).
 */
export function finderProfileOf(
  app: Pick<TApplicationRow, 'programId' | 'track' | 'hostId'>,
  profile: TApplicantProfileRow,
  answers: TAnswers,
  q: { asOf: string; intakeYear: number },
): TFinderProfile | null {
  const track = findTrack(app.programId, app.track);
  if (!track) return null;
  const edu = answers.education ?? {};
  const lang = answers.language ?? {};
  const program = answers.program ?? {};
  const qualification = edu.highestQualification as
    TFinderProfile['highestQualification'] | undefined;
  return {
    asOf: q.asOf,
    intakeYear: q.intakeYear,
    birthDate: profile.birthOn,
    nationality: profile.nationality,
    gender: (profile.gender as TFinderProfile['gender']) ?? null,
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
