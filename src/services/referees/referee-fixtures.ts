// Test support for the referee tests (database tests of routes, services and the reminder job):
// applicants, applications created directly in the database, and the links the outbox holds.
import { and, asc, eq } from 'drizzle-orm';

import type { TDb } from '@/db/client';
import { insertApplication, type TApplicationRow } from '@/db/repositories/application.repository';
import { insertRole, insertUser } from '@/db/repositories/user.repository';
import { outboxEmails, referees } from '@/db/schema';
import type { TApplicationStatus } from '@/domain/applications/application';
import type { TProgramId } from '@/domain/programs';
import type { TActor } from '@/policies/actor';

import { hashPassword } from '../accounts/secrets';

/** A verified applicant account with a password, and its actor. */
export async function createApplicant(
  db: TDb,
  now: Date,
  who: { email: string; displayName: string; password: string; locale?: string },
): Promise<{ userId: string; actor: TActor }> {
  const user = await insertUser(db, {
    email: who.email,
    displayName: who.displayName,
    passwordHash: await hashPassword(who.password),
    locale: who.locale ?? 'en',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
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

/** An application row made directly (the form is another part's work). */
export async function createApplication(
  db: TDb,
  now: Date,
  values: {
    userId: string;
    callId: string;
    programId: TProgramId;
    track: string;
    status?: TApplicationStatus;
  },
): Promise<TApplicationRow> {
  return insertApplication(db, {
    applicantUserId: values.userId,
    callId: values.callId,
    programId: values.programId,
    track: values.track,
    status: values.status ?? 'draft',
    createdAt: now,
    updatedAt: now,
  });
}

const LINK = /\/r\/([A-Za-z0-9_-]{43})/;

/** The emails of one template to one address, oldest first. */
export async function mailsTo(db: TDb, to: string, template: string) {
  return db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, to), eq(outboxEmails.template, template)))
    .orderBy(asc(outboxEmails.createdAt));
}

/** The personal link's token in the newest invitation to an address. */
export async function latestToken(db: TDb, to: string): Promise<string> {
  const mails = await mailsTo(db, to, 'referee_invitation');
  const token = LINK.exec(mails.at(-1)?.textBody ?? '')?.[1];
  if (!token) throw new Error(`no invitation link for ${to}`);
  return token;
}

export async function refereeByEmail(db: TDb, applicationId: string, email: string) {
  const rows = await db
    .select()
    .from(referees)
    .where(and(eq(referees.applicationId, applicationId), eq(referees.email, email)))
    .orderBy(asc(referees.createdAt));
  const row = rows.at(-1);
  if (!row) throw new Error(`no referee ${email}`);
  return row;
}
