import { asc, desc, eq, sql } from 'drizzle-orm';

import type { TScope } from '@/policies/scopes';

import type { TDb } from '../client';
import { calls, institutions } from '../schema';
import { scopeFilter } from './scope-filter';

export type TCallRow = typeof calls.$inferSelect;

export async function listPublishedCalls(
  db: TDb,
): Promise<(TCallRow & { hostNameEn: string | null; hostNameZh: string | null })[]> {
  const rows = await db
    .select({ call: calls, hostNameEn: institutions.nameEn, hostNameZh: institutions.nameZh })
    .from(calls)
    .leftJoin(institutions, eq(calls.hostId, institutions.id))
    .where(eq(calls.isPublished, true))
    .orderBy(asc(calls.programId), asc(calls.id));
  return rows.map((r) => ({ ...r.call, hostNameEn: r.hostNameEn, hostNameZh: r.hostNameZh }));
}

export async function insertCall(db: TDb, values: typeof calls.$inferInsert): Promise<void> {
  await db.insert(calls).values(values);
}

export async function findCall(
  db: TDb,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TCallRow | undefined> {
  const query = db.select().from(calls).where(eq(calls.id, id)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The calls in an actor's scope (policies/scopes.ts), filtered in the query, newest intake first. */
export async function listCalls(db: TDb, scope: TScope): Promise<TCallRow[]> {
  return db
    .select()
    .from(calls)
    .where(scopeFilter(scope, { programId: calls.programId, hostId: calls.hostId }))
    .orderBy(desc(calls.intakeYear), asc(calls.programId), asc(calls.id));
}

export async function updateCall(
  tx: TDb,
  id: string,
  values: Pick<
    TCallRow,
    'opensOn' | 'closesOn' | 'isPublished' | 'settings' | 'version' | 'updatedAt'
  >,
): Promise<void> {
  await tx.update(calls).set(values).where(eq(calls.id, id));
}

export const CALLS_CHANGED_CHANNEL = 'jx_calls_changed';

/** Tells every server (LISTEN) that calls changed; PostgreSQL delivers it at commit. */
export async function notifyCallsChanged(tx: TDb): Promise<void> {
  await tx.execute(sql`select pg_notify(${CALLS_CHANGED_CHANNEL}, '')`);
}
