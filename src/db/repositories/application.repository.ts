import { and, asc, desc, eq, inArray } from 'drizzle-orm';

import type { TApplication, TApplicationStatus } from '@/domain/applications/application';
import type { TScope } from '@/policies/scopes';

import type { TDb } from '../client';
import { applicationEvents, applications } from '../schema';
import { scopeFilter } from './scope-filter';

// The typed columns make a row the domain's TApplication; the reads below return it as such,
// so a column that drifts from the domain type fails the type-check here.
export type TApplicationRow = typeof applications.$inferSelect;
export type TApplicationEventRow = typeof applicationEvents.$inferSelect;

export async function findApplication(
  db: TDb,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TApplication | undefined> {
  // A malformed id is simply not found (uuid columns reject it with an error otherwise).
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const query = db.select().from(applications).where(eq(applications.id, id)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findApplicationOfCall(
  db: TDb,
  userId: string,
  callId: string,
): Promise<TApplication | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.applicantUserId, userId), eq(applications.callId, callId)))
    .limit(1);
  return row;
}

/**
 * The applications in an actor's scope (policies/scopes.ts) for staff lists, filtered in the
 * query: optionally one call's, in some statuses; oldest submission first, then by id.
 * @example await listApplicationsInScope(db, scopeFor(actor, 'application.read'), { statuses: ['submitted'] })
 */
export async function listApplicationsInScope(
  db: TDb,
  scope: TScope,
  filter: { callId?: string; statuses?: readonly TApplicationStatus[] } = {},
): Promise<TApplication[]> {
  return db
    .select()
    .from(applications)
    .where(
      and(
        scopeFilter(scope, {
          ownerUserId: applications.applicantUserId,
          programId: applications.programId,
          hostId: applications.hostId,
        }),
        filter.callId ? eq(applications.callId, filter.callId) : undefined,
        filter.statuses ? inArray(applications.status, [...filter.statuses]) : undefined,
      ),
    )
    .orderBy(asc(applications.submittedAt), asc(applications.id));
}

/** An applicant's own applications only: the query is scoped by owner (defence in depth). */
export async function listApplicationsOf(db: TDb, userId: string): Promise<TApplication[]> {
  return db
    .select()
    .from(applications)
    .where(eq(applications.applicantUserId, userId))
    .orderBy(desc(applications.createdAt));
}

export async function insertApplication(
  tx: TDb,
  values: typeof applications.$inferInsert,
): Promise<TApplication> {
  const [row] = await tx.insert(applications).values(values).returning();
  if (!row) throw new Error('insertApplication returned no row');
  return row;
}

export async function updateApplication(
  tx: TDb,
  id: string,
  values: Partial<Omit<TApplication, 'id' | 'applicantUserId' | 'callId' | 'createdAt'>>,
): Promise<void> {
  await tx.update(applications).set(values).where(eq(applications.id, id));
}

export async function insertApplicationEvent(
  tx: TDb,
  values: { applicationId: string; kind: string; at: Date; detail?: unknown },
): Promise<void> {
  await tx.insert(applicationEvents).values({ ...values, detail: values.detail ?? null });
}

export async function listApplicationEvents(
  db: TDb,
  applicationId: string,
): Promise<TApplicationEventRow[]> {
  return db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}
