// Rows made directly for the screening tests: staff of each kind, and applications already
// submitted (the forms and the submission are other parts' tests), with their applicant's
// profile, referees and, for CSC, the dispatching authority's decision.
import type { TDb } from '@/db/client';
import { upsertApplicantProfile } from '@/db/repositories/applicant.repository';
import { insertNomination } from '@/db/repositories/nomination.repository';
import { insertReferee } from '@/db/repositories/referee.repository';
import { findUserByEmail, insertRole, insertUser } from '@/db/repositories/user.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TApplication } from '@/domain/applications/application';
import type { TAnswers } from '@/domain/applications/form-definition';
import type { TProgramId } from '@/domain/programs';
import type { TRole } from '@/policies/actor';
import { hashPassword } from '@/services/accounts/secrets';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';

import { CSC_DOCTORAL_ANSWERS } from '../applications/submission.fixture';

let serial = 0;

/** A staff account with one role grant (password: the demo password). */
export async function createStaff(
  db: TDb,
  now: Date,
  who: {
    email: string;
    role: TRole;
    institutionId?: string;
    programId?: string;
    countryCode?: string;
    agencyNumber?: string;
    locale?: string;
  },
): Promise<string> {
  const existing = await findUserByEmail(db, who.email);
  if (existing) return existing.id;
  const user = await insertUser(db, {
    email: who.email,
    displayName: who.email.split('@')[0]!,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    locale: who.locale ?? 'en',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await insertRole(db, {
    userId: user.id,
    role: who.role,
    programId: who.programId ?? null,
    institutionId: who.institutionId ?? null,
    countryCode: who.countryCode ?? null,
    agencyNumber: who.agencyNumber ?? null,
    createdAt: now,
  });
  return user.id;
}

/** PIFI answers with no English evidence: the finder marks R-PIFI-ELIG "review". */
export const PIFI_NO_ENGLISH_ANSWERS: TAnswers = {
  personal: { phone: '+92 51 111 0000', address: '1 Jinnah Avenue, Islamabad', inChina: 'no' },
  education: { highestQualification: 'doctorate', studyingInChina: 'none' },
  language: { englishNative: 'no' },
  plan: { title: 'Low-cost perovskite cells', text: 'Stable perovskites. '.repeat(40) },
  host: { department: 'Institute of Physics', subject: 'Physics' },
  program: { careerStage: 'postdoctoral', priorityArea: 'energy', phdAwardedOn: '2022-06-30' },
};

/**
 * A submitted application with its applicant (profile in `nationality`, account in `locale`)
 * and referees, one per entry of `letters` ('submitted': its letter is in).
 */
export async function createSubmitted(
  db: TDb,
  now: Date,
  opts: {
    email: string;
    programId?: TProgramId;
    track?: string;
    callId?: string;
    hostId: string | null;
    nationality?: string;
    locale?: string;
    answers?: TAnswers;
    letters?: ('submitted' | 'invited')[];
    nomination?: 'nominated' | 'declined';
    status?: TApplication['status'];
  },
): Promise<TApplication> {
  serial += 1;
  const { userId } = await createApplicant(db, now, {
    email: opts.email,
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  const nationality = opts.nationality ?? 'VN';
  await upsertApplicantProfile(db, {
    userId,
    familyName: `FAMILY${serial}`,
    givenNames: opts.email.split('@')[0]!,
    nameZh: null,
    nationality,
    passportNumber: `P${1000000 + serial}`,
    passportCountry: nationality,
    birthOn: '1992-03-04',
    gender: 'female',
    identityKey: `id-${serial}-${opts.email}`,
    createdAt: now,
    updatedAt: now,
  });
  const programId = opts.programId ?? 'csc';
  const app = await createApplication(db, now, {
    userId,
    programId,
    track: opts.track ?? 'doctoral',
    callId: opts.callId ?? 'csc-2026',
    hostId: opts.hostId,
    status: opts.status ?? 'submitted',
    answers: opts.answers ?? CSC_DOCTORAL_ANSWERS,
    receiptNumber: `JX-TEST-${serial}-${Date.now()}`,
    verificationCode: `V${serial}-${Date.now()}`,
    identityKey: `id-${serial}-${opts.email}`,
    submittedAt: now,
  });
  let n = 0;
  for (const state of opts.letters ?? []) {
    n += 1;
    await insertReferee(db, {
      applicationId: app.id,
      name: `Prof. Referee ${n}`,
      title: 'Professor',
      institution: 'Example University',
      email: `ref-${n}-${app.id}@uni.example.edu`,
      locale: 'en',
      tokenHash: `${app.id}-${n}`,
      status: state,
      ...(state === 'submitted' ? { letterText: 'A fine candidate.', submittedAt: now } : {}),
      invitedAt: now,
      createdAt: now,
    });
  }
  if (opts.nomination) {
    const authority = await createStaff(db, now, {
      email: 'fixture-authority@example.org',
      role: 'dispatching_authority',
      countryCode: nationality,
      agencyNumber: '10610',
    });
    await insertNomination(db, {
      applicationId: app.id,
      decision: opts.nomination,
      reason: 'Fixture decision',
      countryCode: nationality,
      agencyNumber: '10610',
      decidedByUserId: authority,
      decidedAt: now,
    });
  }
  return app;
}
