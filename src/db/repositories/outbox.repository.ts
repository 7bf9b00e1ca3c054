import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';

import type { TDb } from '../client';
import { outboxEmails } from '../schema';

export type TOutboxRow = typeof outboxEmails.$inferSelect;
export type TOutboxInsert = typeof outboxEmails.$inferInsert;

export async function insertOutboxEmail(tx: TDb, values: TOutboxInsert): Promise<TOutboxRow> {
  const [row] = await tx.insert(outboxEmails).values(values).returning();
  if (!row) throw new Error('insertOutboxEmail returned no row');
  return row;
}

/**
 * Claims up to `limit` due emails for this worker. `FOR UPDATE SKIP LOCKED` lets several
 * workers on several servers drain one outbox without sending anything twice.
 */
export async function claimDueEmails(tx: TDb, now: Date, limit: number): Promise<TOutboxRow[]> {
  return tx
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.status, 'pending'), lte(outboxEmails.nextAttemptAt, now)))
    .orderBy(asc(outboxEmails.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function updateOutboxEmail(
  tx: TDb,
  id: string,
  values: Partial<
    Pick<TOutboxRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'messageId' | 'sentAt'>
  >,
): Promise<void> {
  await tx.update(outboxEmails).set(values).where(eq(outboxEmails.id, id));
}

export async function listOutbox(
  db: TDb,
  opts: {
    limit: number;
    offset: number;
    statuses?: string[];
    relatedType?: string;
    relatedId?: string;
  },
): Promise<TOutboxRow[]> {
  const where = [];
  if (opts.statuses?.length) where.push(inArray(outboxEmails.status, opts.statuses));
  if (opts.relatedType) where.push(eq(outboxEmails.relatedType, opts.relatedType));
  if (opts.relatedId) where.push(eq(outboxEmails.relatedId, opts.relatedId));
  return db
    .select()
    .from(outboxEmails)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function findOutboxEmail(db: TDb, id: string): Promise<TOutboxRow | undefined> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row;
}

export async function countPendingEmails(db: TDb): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxEmails)
    .where(eq(outboxEmails.status, 'pending'));
  return row?.n ?? 0;
}
