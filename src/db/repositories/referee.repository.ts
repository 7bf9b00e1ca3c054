import { and, asc, desc, eq, gt, gte, inArray, isNull, lte } from 'drizzle-orm';

import type { TDb } from '../client';
import { applicantProfiles, applications, calls, outboxEmails, referees, users } from '../schema';

export type TRefereeRow = typeof referees.$inferSelect;
export type TRefereeInsert = typeof referees.$inferInsert;

const UUID = /^[0-9a-f-]{36}$/i;

export async function insertReferee(tx: TDb, values: TRefereeInsert): Promise<TRefereeRow> {
  const [row] = await tx.insert(referees).values(values).returning();
  if (!row) throw new Error('insertReferee returned no row');
  return row;
}

export async function updateReferee(
  tx: TDb,
  id: string,
  values: Partial<Omit<TRefereeRow, 'id' | 'applicationId' | 'createdAt'>>,
): Promise<void> {
  await tx.update(referees).set(values).where(eq(referees.id, id));
}

/** The referee whose link carries this token (its SHA-256 is all that is stored). */
export async function findRefereeByTokenHash(
  db: TDb,
  tokenHash: string,
): Promise<TRefereeRow | undefined> {
  const [row] = await db.select().from(referees).where(eq(referees.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function findReferee(
  db: TDb,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TRefereeRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const query = db.select().from(referees).where(eq(referees.id, id)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

/** One referee of one application: scoped by the application (defence in depth). */
export async function findRefereeOfApplication(
  db: TDb,
  applicationId: string,
  refereeId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TRefereeRow | undefined> {
  if (!UUID.test(refereeId)) return undefined;
  const query = db
    .select()
    .from(referees)
    .where(and(eq(referees.id, refereeId), eq(referees.applicationId, applicationId)))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Every referee ever named on an application, replaced ones included, oldest first. */
export async function listRefereesOf(db: TDb, applicationId: string): Promise<TRefereeRow[]> {
  return db
    .select()
    .from(referees)
    .where(eq(referees.applicationId, applicationId))
    .orderBy(asc(referees.createdAt), asc(referees.id));
}

/**
 * R-GEN-COI: the addresses of everyone ever named as a referee of an application (replaced and
 * declined ones too): a reviewer among them has a conflict.
 */
export async function listRefereeEmailsOf(db: TDb, applicationId: string): Promise<string[]> {
  const rows = await db
    .select({ email: referees.email })
    .from(referees)
    .where(eq(referees.applicationId, applicationId));
  return [...new Set(rows.map((r) => r.email))];
}

export type TInvitationMailRow = {
  toAddress: string;
  status: string;
  createdAt: Date;
};

/** The invitations queued for an application's referees, newest first (for "bounced"). */
export async function listInvitationMails(
  db: TDb,
  applicationId: string,
  templates: readonly string[],
): Promise<TInvitationMailRow[]> {
  return db
    .select({
      toAddress: outboxEmails.toAddress,
      status: outboxEmails.status,
      createdAt: outboxEmails.createdAt,
    })
    .from(outboxEmails)
    .where(
      and(
        eq(outboxEmails.relatedType, 'application'),
        eq(outboxEmails.relatedId, applicationId),
        inArray(outboxEmails.template, [...templates]),
      ),
    )
    .orderBy(desc(outboxEmails.createdAt));
}

/** What a referee's letter is about: the application, its call's deadline and its applicant. */
export type TLetterContextRow = {
  referee: TRefereeRow;
  applicationId: string;
  applicationStatus: string;
  programId: string;
  track: string;
  closesOn: string | null;
  applicantUserId: string;
  applicantEmail: string;
  applicantLocale: string;
  applicantDisplayName: string;
  givenNames: string | null;
  familyName: string | null;
};

const contextColumns = {
  referee: referees,
  applicationId: applications.id,
  applicationStatus: applications.status,
  programId: applications.programId,
  track: applications.track,
  closesOn: calls.closesOn,
  applicantUserId: applications.applicantUserId,
  applicantEmail: users.email,
  applicantLocale: users.locale,
  applicantDisplayName: users.displayName,
  givenNames: applicantProfiles.givenNames,
  familyName: applicantProfiles.familyName,
};

function contextQuery(db: TDb) {
  return db
    .select(contextColumns)
    .from(referees)
    .innerJoin(applications, eq(applications.id, referees.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId));
}

/**
 * One referee with the facts its letter page and emails need. With `forUpdate` the referee row
 * is locked (and only it), so two submissions of one letter cannot both pass.
 */
export async function findLetterContext(
  db: TDb,
  refereeId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TLetterContextRow | undefined> {
  if (!UUID.test(refereeId)) return undefined;
  const query = contextQuery(db).where(eq(referees.id, refereeId)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update', { of: referees }) : await query;
  return row;
}

/**
 * Referees still owing a letter whose call closes between two Beijing days (inclusive), a page
 * at a time in id order, locked for this run: SKIP LOCKED lets two reminder runs at once share
 * the work, never both send.
 */
export async function claimRefereesAwaitingLetters(
  tx: TDb,
  closesBetween: { from: string; to: string },
  page: { afterId: string | null; limit: number },
): Promise<TLetterContextRow[]> {
  return contextQuery(tx)
    .where(
      and(
        page.afterId ? gt(referees.id, page.afterId) : undefined,
        inArray(referees.status, ['invited', 'opened']),
        isNull(referees.replacedAt),
        gte(calls.closesOn, closesBetween.from),
        lte(calls.closesOn, closesBetween.to),
      ),
    )
    .orderBy(asc(referees.id))
    .limit(page.limit)
    .for('update', { of: referees, skipLocked: true });
}

export type TApplicantContactRow = Pick<
  TLetterContextRow,
  'applicantEmail' | 'applicantLocale' | 'applicantDisplayName' | 'givenNames' | 'familyName'
>;

/** The applicant's address, language and names (the passport's when the profile exists). */
export async function findApplicantContact(
  db: TDb,
  userId: string,
): Promise<TApplicantContactRow | undefined> {
  const [row] = await db
    .select({
      applicantEmail: users.email,
      applicantLocale: users.locale,
      applicantDisplayName: users.displayName,
      givenNames: applicantProfiles.givenNames,
      familyName: applicantProfiles.familyName,
    })
    .from(users)
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}
