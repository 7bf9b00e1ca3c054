import type { TAnswers } from '@/domain/applications/form-definition';
import type { TProgramId } from '@/domain/programs';

import type { TDb } from '../client';
import { upsertApplicantProfile } from '../repositories/applicant.repository';
import { insertApplication } from '../repositories/application.repository';
import { insertNomination } from '../repositories/nomination.repository';
import { insertReferee } from '../repositories/referee.repository';
import { insertRole, insertUser } from '../repositories/user.repository';
import type { TDemoCall } from './demo-calls';

// The demo's screening (issue 11): a few applications already submitted to UCAS, so the demo
// admission officer lands on real work — one with a finder reason to review (PIFI, no English
// evidence: R-PIFI-ELIG), one missing a referee letter (R-GEN-REFEREE), a CSC one its
// dispatching authority nominated — and one CSC application awaiting the demo dispatching
// authority (Viet Nam, agency number 10610, R-CSC-APPLY).

export const DEMO_AUTHORITY = {
  email: 'authority@demo.jiangxue.test',
  displayName: 'Ministry of Education and Training, Viet Nam',
  countryCode: 'VN',
  agencyNumber: '10610',
} as const;

const PLAN = (title: string): TAnswers['plan'] => ({
  title,
  text: `${title}. `.repeat(Math.ceil(4000 / (title.length + 2))).trim(),
});

const CSC_ANSWERS: TAnswers = {
  personal: { phone: '+84 24 3869 4242', address: '1 Dai Co Viet, Hanoi', inChina: 'no' },
  education: {
    highestQualification: 'master',
    studyingInChina: 'none',
    edu_0_institution: 'Vietnam National University, Hanoi',
    edu_0_country: 'VN',
    edu_0_qualification: 'MSc Hydrology',
    edu_0_from: '2016-09-01',
  },
  language: { englishNative: 'no', toefl: '98' },
  plan: PLAN('Saltwater intrusion in the Mekong delta'),
  host: { department: 'College of Resources and Environment', subject: 'Hydrology' },
  program: {
    dispatchingAuthority: DEMO_AUTHORITY.displayName,
    agencyNumber: DEMO_AUTHORITY.agencyNumber,
    subjectCategory: 'II',
  },
};

type TDemoApplicant = {
  email: string;
  displayName: string;
  familyName: string;
  givenNames: string;
  nationality: string;
  birthOn: string;
  locale: 'en' | 'zh-CN';
  programId: TProgramId;
  track: string;
  answers: TAnswers;
  /**
   * Referee letters: true = in; false = the referee declined and was not replaced (a missing
   * letter that no reminder job chases in the demo).
   */
  letters: boolean[];
  nomination?: 'nominated';
};

const APPLICANTS: TDemoApplicant[] = [
  {
    email: 'rahim.qureshi@qau-pk.example',
    displayName: 'Dr Rahim Qureshi',
    familyName: 'QURESHI',
    givenNames: 'Rahim',
    nationality: 'PK',
    birthOn: '1990-02-11',
    locale: 'en',
    programId: 'pifi',
    track: 'fellow',
    answers: {
      personal: { phone: '+92 51 111 0000', address: '1 Jinnah Avenue, Islamabad', inChina: 'no' },
      education: { highestQualification: 'doctorate', studyingInChina: 'none' },
      language: { englishNative: 'no' },
      plan: PLAN('Low-cost perovskite solar cells'),
      host: { department: 'Institute of Physics', subject: 'Physics' },
      program: { careerStage: 'postdoctoral', priorityArea: 'energy', phdAwardedOn: '2022-06-30' },
    },
    letters: [true, true],
  },
  {
    email: 'grace.wanjiru@uonbi.example',
    displayName: 'Grace Wanjiru',
    familyName: 'WANJIRU',
    givenNames: 'Grace',
    nationality: 'KE',
    birthOn: '1997-08-23',
    locale: 'en',
    programId: 'cas-anso',
    track: 'phd',
    answers: {
      personal: { phone: '+254 20 000 0000', address: 'University Way, Nairobi', inChina: 'no' },
      education: { highestQualification: 'master', studyingInChina: 'none' },
      language: { englishNative: 'yes' },
      plan: PLAN('Soil carbon under smallholder agroforestry'),
      host: { department: 'College of Resources and Environment', subject: 'Ecology' },
      program: { twasConsideration: 'no', climateResearch: 'yes', noOtherAssignment: 'yes' },
    },
    letters: [true, false],
  },
  {
    email: 'lan.pham@vnu.example',
    displayName: 'Nguyễn Thị Lan',
    familyName: 'NGUYEN',
    givenNames: 'Thi Lan',
    nationality: 'VN',
    birthOn: '1993-07-14',
    locale: 'zh-CN',
    programId: 'csc',
    track: 'doctoral',
    answers: CSC_ANSWERS,
    letters: [true, true],
    nomination: 'nominated',
  },
  {
    email: 'minh.tran@hcmut.example',
    displayName: 'Trần Văn Minh',
    familyName: 'TRAN',
    givenNames: 'Van Minh',
    nationality: 'VN',
    birthOn: '1995-01-30',
    locale: 'en',
    programId: 'csc',
    track: 'doctoral',
    answers: CSC_ANSWERS,
    letters: [true, true],
  },
];

/**
 * Loads the demo screening into the seed's transaction: the applicants, their submitted
 * applications to UCAS on this cycle's calls, their referees, one nomination, and the demo
 * dispatching authority. `calls` are the cycle's open calls (demo-calls.ts).
 */
export async function seedDemoScreening(
  tx: TDb,
  now: Date,
  calls: readonly TDemoCall[],
  passwordHash: string,
): Promise<{ applications: number }> {
  const callOf = (programId: TProgramId) =>
    calls.find((c) => c.programId === programId && (c.hostId === null || c.hostId === 'UCAS'));
  const authority = await insertUser(tx, {
    email: DEMO_AUTHORITY.email,
    displayName: DEMO_AUTHORITY.displayName,
    passwordHash,
    locale: 'en',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await insertRole(tx, {
    userId: authority.id,
    role: 'dispatching_authority',
    programId: null,
    institutionId: null,
    countryCode: DEMO_AUTHORITY.countryCode,
    agencyNumber: DEMO_AUTHORITY.agencyNumber,
    createdAt: now,
  });
  let made = 0;
  for (const [i, a] of APPLICANTS.entries()) {
    const call = callOf(a.programId);
    if (!call) continue;
    const user = await insertUser(tx, {
      email: a.email,
      displayName: a.displayName,
      passwordHash,
      locale: a.locale,
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const role = { userId: user.id, programId: null, institutionId: null, createdAt: now };
    await insertRole(tx, { ...role, role: 'applicant' });
    const passportNumber = `DEMO${String(i + 1).padStart(5, '0')}`;
    const identityKey = `${passportNumber}|${a.nationality}|${a.birthOn}`;
    await upsertApplicantProfile(tx, {
      userId: user.id,
      familyName: a.familyName,
      givenNames: a.givenNames,
      nameZh: null,
      nationality: a.nationality,
      passportNumber,
      passportCountry: a.nationality,
      birthOn: a.birthOn,
      gender: null,
      identityKey,
      createdAt: now,
      updatedAt: now,
    });
    const app = await insertApplication(tx, {
      applicantUserId: user.id,
      callId: call.id,
      programId: a.programId,
      track: a.track,
      // Note: the PIFI call is for every host; the demo applicant chose UCAS.
      hostId: 'UCAS',
      status: 'submitted',
      answers: a.answers,
      identityKey,
      receiptNumber: `JX-${call.intakeYear}-DEMO${i + 1}`,
      verificationCode: `DEMOSCREEN${i + 1}`,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    for (const [n, isIn] of a.letters.entries()) {
      await insertReferee(tx, {
        applicationId: app.id,
        name: `Prof. Referee ${n + 1} of ${a.givenNames}`,
        title: 'Professor',
        institution: 'Example University',
        email: `referee${n + 1}.${passportNumber.toLowerCase()}@example.edu`,
        locale: 'en',
        tokenHash: `demo-screening-${app.id}-${n}`,
        status: isIn ? 'submitted' : 'declined',
        ...(isIn
          ? { letterText: 'I recommend this candidate warmly.', submittedAt: now }
          : { declineReason: 'On sabbatical until next year.' }),
        invitedAt: now,
        createdAt: now,
      });
    }
    if (a.nomination)
      await insertNomination(tx, {
        applicationId: app.id,
        decision: a.nomination,
        reason: 'Strong record; fits the agency’s priorities.',
        countryCode: DEMO_AUTHORITY.countryCode,
        agencyNumber: DEMO_AUTHORITY.agencyNumber,
        decidedByUserId: authority.id,
        decidedAt: now,
      });
    made += 1;
  }
  return { applications: made };
}
