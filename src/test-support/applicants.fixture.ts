// Rows made directly in the test database for tests of other parts (documents, referees,
// jobs, repositories): an applicant account and an application, without the forms.
import type { TDb } from '@/db/client';
import { insertApplication } from '@/db/repositories/application.repository';
import { findUserByEmail, insertRole, insertUser } from '@/db/repositories/user.repository';
import type { applications } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import type { TApplication } from '@/domain/applications/application';
import type { TActor } from '@/policies/actor';
import { hashPassword } from '@/services/accounts/secrets';

/**
 * A verified applicant account (the one with that address, if it exists) and its actor.
 * @example const { userId, actor } = await createApplicant(db, now, { email: 'a@example.org' });
 */
export async function createApplicant(
  db: TDb,
  now: Date,
  who: { email: string; displayName?: string; password?: string; locale?: string },
): Promise<{ userId: string; actor: TActor }> {
  const user =
    (await findUserByEmail(db, who.email)) ??
    (await insertUser(db, {
      email: who.email,
      displayName: who.displayName ?? who.email.split('@')[0]!,
      passwordHash: await hashPassword(who.password ?? DEMO_PASSWORD),
      locale: who.locale ?? 'en',
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
  await insertRole(db, {
    userId: user.id,
    role: 'applicant',
    programId: null,
    institutionId: null,
    createdAt: now,
  });
  const grant = { role: 'applicant' as const, programId: null, institutionId: null };
  return {
    userId: user.id,
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      roles: [grant],
      isEmailVerified: true,
    },
  };
}

/**
 * A draft made directly (the form is another part's work): a CSC doctoral one on csc-2026 by
 * default, with no host; `values` change any column.
 * @example const app = await createApplication(db, now, { userId, hostId: 'UCAS' });
 */
export async function createApplication(
  db: TDb,
  now: Date,
  values: { userId: string } & Partial<typeof applications.$inferInsert>,
): Promise<TApplication> {
  const { userId, ...columns } = values;
  return insertApplication(db, {
    applicantUserId: userId,
    callId: 'csc-2026',
    programId: 'csc',
    track: 'doctoral',
    hostId: null,
    status: 'draft',
    answers: {},
    createdAt: now,
    updatedAt: now,
    ...columns,
  });
}
