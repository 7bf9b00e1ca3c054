// Test support for the referee tests (database tests of routes, services and the reminder job):
// the invitations the outbox holds, their personal links, and the referee rows.
import { and, asc, eq } from 'drizzle-orm';

import type { TDb } from '@/db/client';
import { outboxEmails, referees } from '@/db/schema';

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
