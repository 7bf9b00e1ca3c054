// Prepares the rush's applicants in bulk, set-based and batched through drizzle and the schema:
// for each, a verified user with the applicant role, a profile with a distinct passport, consent
// to the current notice, one complete CAS-ANSO PhD draft on the UCAS call, two referees named,
// a file in every required upload slot, and a signed-in session. Ids and tokens are made here,
// so no insert has to read anything back.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { eq } from 'drizzle-orm';

import type { TDb } from '@/db/client';
import { findApplication } from '@/db/repositories/application.repository';
import {
  applicantProfiles,
  applicationEvents,
  applications,
  calls,
  consents,
  documents,
  referees,
  roleAssignments,
  sessions,
  users,
} from '@/db/schema';
import { identityKey } from '@/domain/applications/identity';
import { documentSlots } from '@/domain/applications/document-slots';
import type { TAnswers } from '@/domain/applications/form-definition';
import { hashPassword } from '@/services/accounts/secrets';
import { checkCompleteness } from '@/services/applications/check-completeness';
import { CONSENT_TEXT_VERSION } from '@/services/applications/save-profile';
import { listMissingDocuments } from '@/services/documents/missing-documents';
import type { TDeps } from '@/services/context';

import { CALL_ID, type TClient, type TGroup } from './shared';

/** A PhD applicant the finder accepts for CAS-ANSO at UCAS (as in applications.int.test.ts). */
const PHD_ANSWERS: TAnswers = {
  personal: { phone: '+92 300 1234567', address: 'House 1, Street 2, Lahore', inChina: 'no' },
  education: {
    highestQualification: 'master',
    studyingInChina: 'none',
    edu_0_institution: 'LUMS',
    edu_0_country: 'PK',
    edu_0_qualification: 'MSc Physics',
    edu_0_from: '2017-09-01',
  },
  language: { englishNative: 'no', toefl: '100' },
  plan: { title: 'Monsoon modelling', text: 'A research proposal. '.repeat(50) },
  host: { department: 'College of Earth Sciences', subject: 'Atmospheric physics' },
  program: { twasConsideration: 'yes', climateResearch: 'yes', noOtherAssignment: 'yes' },
};

const BATCH = 500;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function insertBatched<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
  return rows.length;
}

export type TPreparation = { clients: TClient[]; rows: Record<string, number> };

/**
 * Inserts `counts.rush + counts.late` applicants at `now` (the fake clock: sessions are fresh
 * for it). One transaction: either all of them exist or none.
 */
export async function prepareApplicants(
  db: TDb,
  now: Date,
  counts: { rush: number; late: number },
): Promise<TPreparation> {
  const [call] = await db.select().from(calls).where(eq(calls.id, CALL_ID));
  if (!call) throw new Error(`call ${CALL_ID} is not in the demo data`);
  const total = counts.rush + counts.late;
  // One real password hash shared by all (nobody signs in with it: they hold sessions).
  const passwordHash = await hashPassword(randomBytes(12).toString('hex'));
  const draftedAt = new Date(now.getTime() - 10 * 24 * 3600_000);
  const expiresAt = new Date(now.getTime() + 12 * 3600_000);
  const uploadSlots = documentSlots('cas-anso', 'phd', PHD_ANSWERS, []).filter(
    (s) => s.isNeeded && s.source === 'upload',
  );

  const people = Array.from({ length: total }, (_, i) => {
    const group: TGroup = i < counts.rush ? 'rush' : 'late';
    const locale = i % 4 === 3 ? ('zh-CN' as const) : ('en' as const);
    return {
      i,
      group,
      locale,
      userId: randomUUID(),
      applicationId: randomUUID(),
      token: randomBytes(32).toString('base64url'),
      passport: `RB${String(i).padStart(7, '0')}`,
      birthOn: `${1992 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
    };
  });

  const rows: Record<string, number> = {};
  await db.transaction(async (tx) => {
    rows.users = await insertBatched(people, (b) =>
      tx.insert(users).values(
        b.map((p) => ({
          id: p.userId,
          email: `rush-${p.i}@bench.jiangxue.test`,
          displayName: `Rush Applicant ${p.i}`,
          passwordHash,
          locale: p.locale,
          emailVerifiedAt: draftedAt,
          createdAt: draftedAt,
          updatedAt: draftedAt,
        })),
      ),
    );
    rows.role_assignments = await insertBatched(people, (b) =>
      tx.insert(roleAssignments).values(
        b.map((p) => ({
          userId: p.userId,
          role: 'applicant' as const,
          programId: null,
          institutionId: null,
          createdAt: draftedAt,
        })),
      ),
    );
    rows.applicant_profiles = await insertBatched(people, (b) =>
      tx.insert(applicantProfiles).values(
        b.map((p) => ({
          userId: p.userId,
          familyName: 'Applicant',
          givenNames: `Rush ${p.i}`,
          nameZh: null,
          nationality: 'PK',
          passportNumber: p.passport,
          passportCountry: 'PK',
          birthOn: p.birthOn,
          gender: p.i % 2 === 0 ? 'female' : 'male',
          identityKey: identityKey({
            passportNumber: p.passport,
            passportCountry: 'PK',
            birthOn: p.birthOn,
          }),
          createdAt: draftedAt,
          updatedAt: draftedAt,
        })),
      ),
    );
    rows.consents = await insertBatched(people, (b) =>
      tx.insert(consents).values(
        b.map((p) => ({
          userId: p.userId,
          textVersion: CONSENT_TEXT_VERSION,
          locale: p.locale,
          givenAt: draftedAt,
        })),
      ),
    );
    rows.applications = await insertBatched(people, (b) =>
      tx.insert(applications).values(
        b.map((p) => ({
          id: p.applicationId,
          applicantUserId: p.userId,
          callId: call.id,
          programId: call.programId,
          track: 'phd',
          hostId: call.hostId,
          status: 'draft' as const,
          answers: PHD_ANSWERS,
          version: 7,
          createdAt: draftedAt,
          updatedAt: draftedAt,
        })),
      ),
    );
    rows.application_events = await insertBatched(people, (b) =>
      tx
        .insert(applicationEvents)
        .values(b.map((p) => ({ applicationId: p.applicationId, kind: 'drafted', at: draftedAt }))),
    );
    rows.referees = await insertBatched(
      people.flatMap((p) => [0, 1].map((n) => ({ p, n }))),
      (b) =>
        tx.insert(referees).values(
          b.map(({ p, n }) => ({
            applicationId: p.applicationId,
            name: `Prof. Referee ${n + 1}`,
            title: 'Professor',
            institution: 'LUMS',
            email: `referee-${n}-${p.i}@bench.jiangxue.test`,
            locale: 'en',
            tokenHash: sha256(randomBytes(32).toString('base64url')),
            invitedAt: draftedAt,
            createdAt: draftedAt,
          })),
        ),
    );
    rows.documents = await insertBatched(
      people.flatMap((p) =>
        uploadSlots.flatMap((s) => Array.from({ length: s.count }, () => ({ p, slot: s.spec.id }))),
      ),
      (b) =>
        tx.insert(documents).values(
          b.map(({ p, slot }) => ({
            applicationId: p.applicationId,
            slot,
            role: 'original' as const,
            fileName: `${slot}.pdf`,
            contentType: 'application/pdf',
            sizeBytes: 1024,
            sha256: sha256(`${p.applicationId}/${slot}`),
            storageKey: `bench/${p.applicationId}/${slot}`,
            pageCount: 1,
            uploadedByUserId: p.userId,
            createdAt: draftedAt,
          })),
        ),
    );
    rows.sessions = await insertBatched(people, (b) =>
      tx.insert(sessions).values(
        b.map((p) => ({
          tokenHash: sha256(p.token),
          userId: p.userId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt,
        })),
      ),
    );
  });
  return {
    clients: people.map((p) => ({
      applicationId: p.applicationId,
      token: p.token,
      locale: p.locale,
      group: p.group,
    })),
    rows,
  };
}

/**
 * Fails loudly if a prepared draft is not complete by the app's own checks (the form or the
 * document rules moved on): a rush of refusals would measure nothing.
 */
export async function assertComplete(deps: TDeps, applicationId: string): Promise<void> {
  const { db } = deps.database;
  const app = await findApplication(db, applicationId);
  if (!app) throw new Error(`prepared application ${applicationId} not found`);
  const completeness = await checkCompleteness(deps, db, app, deps.now());
  const documentsMissing = await listMissingDocuments(db, app);
  if (!completeness.isComplete || documentsMissing.length > 0) {
    throw new Error(
      `a prepared draft is not complete: ${JSON.stringify({ completeness, documentsMissing })}`,
    );
  }
}
