import { and, asc, count, desc, eq, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';

import type { TApplicationStatus } from '@/domain/applications/application';
import type { TProgramId } from '@/domain/programs';
import type { TScreeningDecisionKind } from '@/domain/screening/screening-state';
import type { TScope } from '@/policies/scopes';

import type { TDb } from '../client';
import {
  applicantProfiles,
  applicationReturns,
  applications,
  nominations,
  screeningDecisions,
} from '../schema';
import { scopeFilter } from './scope-filter';

/** The statuses an application passes through at a host's screening. */
export const SCREENING_STATUSES = [
  'submitted',
  'returned',
  'incomplete',
  'under_review',
] as const satisfies readonly TApplicationStatus[];
export type TScreeningStatus = (typeof SCREENING_STATUSES)[number];

export type TScreeningQueueRow = {
  id: string;
  programId: TProgramId;
  track: string;
  callId: string;
  hostId: string | null;
  status: TApplicationStatus;
  submittedAt: Date | null;
  receiptNumber: string | null;
  familyName: string | null;
  givenNames: string | null;
  nameZh: string | null;
};

export type TScreeningFilter = { callId?: string; programId?: TProgramId; status?: string };

/**
 * What reaches a host's screening, in SQL: the actor's hosts (scope), the screening statuses,
 * and for CSC bilateral applications only those their dispatching authority nominated
 * (R-CSC-APPLY).
 */
function screeningWhere(scope: TScope, filter: TScreeningFilter, withStatus: boolean) {
  const statuses: readonly string[] = SCREENING_STATUSES;
  const status =
    withStatus && filter.status && statuses.includes(filter.status)
      ? eq(applications.status, filter.status as TScreeningStatus)
      : inArray(applications.status, [...SCREENING_STATUSES]);
  return and(
    scopeFilter(scope, { programId: applications.programId, hostId: applications.hostId }),
    status,
    or(ne(applications.programId, 'csc'), eq(nominations.decision, 'nominated')),
    filter.callId ? eq(applications.callId, filter.callId) : undefined,
    filter.programId ? eq(applications.programId, filter.programId) : undefined,
  ) as SQL;
}

/** The screening queue of an actor's hosts, oldest submission first. */
export async function listScreeningQueue(
  db: TDb,
  scope: TScope,
  filter: TScreeningFilter = {},
): Promise<TScreeningQueueRow[]> {
  return db
    .select({
      id: applications.id,
      programId: applications.programId,
      track: applications.track,
      callId: applications.callId,
      hostId: applications.hostId,
      status: applications.status,
      submittedAt: applications.submittedAt,
      receiptNumber: applications.receiptNumber,
      familyName: applicantProfiles.familyName,
      givenNames: applicantProfiles.givenNames,
      nameZh: applicantProfiles.nameZh,
    })
    .from(applications)
    .leftJoin(nominations, eq(nominations.applicationId, applications.id))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
    .where(screeningWhere(scope, filter, true))
    .orderBy(asc(applications.submittedAt), asc(applications.id));
}

/** How many of the queue (under the same program/call filter) are in each screening status. */
export async function countScreeningQueue(
  db: TDb,
  scope: TScope,
  filter: TScreeningFilter = {},
): Promise<Record<TScreeningStatus, number>> {
  const rows = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .leftJoin(nominations, eq(nominations.applicationId, applications.id))
    .where(screeningWhere(scope, filter, false))
    .groupBy(applications.status);
  const counts = { submitted: 0, returned: 0, incomplete: 0, under_review: 0 };
  for (const r of rows) counts[r.status as TScreeningStatus] = r.n;
  return counts;
}

/** The calls (with their programs) that have applications in the actor's screening. */
export async function listScreeningCalls(
  db: TDb,
  scope: TScope,
): Promise<{ callId: string; programId: TProgramId }[]> {
  return db
    .selectDistinct({ callId: applications.callId, programId: applications.programId })
    .from(applications)
    .leftJoin(nominations, eq(nominations.applicationId, applications.id))
    .where(screeningWhere(scope, {}, false))
    .orderBy(asc(applications.callId));
}

/** Whether a CSC application was nominated by its dispatching authority (R-CSC-APPLY). */
export async function findNomination(db: TDb, applicationId: string) {
  const [row] = await db
    .select()
    .from(nominations)
    .where(eq(nominations.applicationId, applicationId))
    .limit(1);
  return row;
}

export type TScreeningDecisionRow = typeof screeningDecisions.$inferSelect;

export async function listScreeningDecisions(
  db: TDb,
  applicationId: string,
): Promise<TScreeningDecisionRow[]> {
  return db
    .select()
    .from(screeningDecisions)
    .where(eq(screeningDecisions.applicationId, applicationId))
    .orderBy(asc(screeningDecisions.decidedAt));
}

/** One decision per point: a later one replaces the earlier (the audit log keeps both). */
export async function upsertScreeningDecision(
  tx: TDb,
  values: {
    applicationId: string;
    reasonKey: string;
    decision: TScreeningDecisionKind;
    note: string;
    decidedByUserId: string;
    decidedAt: Date;
  },
): Promise<void> {
  await tx
    .insert(screeningDecisions)
    .values(values)
    .onConflictDoUpdate({
      target: [screeningDecisions.applicationId, screeningDecisions.reasonKey],
      set: {
        decision: values.decision,
        note: values.note,
        decidedByUserId: values.decidedByUserId,
        decidedAt: values.decidedAt,
      },
    });
}

export type TApplicationReturnRow = typeof applicationReturns.$inferSelect;

export async function insertApplicationReturn(
  tx: TDb,
  values: typeof applicationReturns.$inferInsert,
): Promise<TApplicationReturnRow> {
  const [row] = await tx.insert(applicationReturns).values(values).returning();
  return row!;
}

/** R-GEN-EDIT: the return the applicant has not yet answered, if any. */
export async function findOpenReturn(
  db: TDb,
  applicationId: string,
): Promise<TApplicationReturnRow | undefined> {
  const [row] = await db
    .select()
    .from(applicationReturns)
    .where(
      and(
        eq(applicationReturns.applicationId, applicationId),
        isNull(applicationReturns.resubmittedAt),
      ),
    )
    .orderBy(desc(applicationReturns.returnedAt))
    .limit(1);
  return row;
}

/** The latest return of an application, answered or not (the screening page shows it). */
export async function findLatestReturn(
  db: TDb,
  applicationId: string,
): Promise<TApplicationReturnRow | undefined> {
  const [row] = await db
    .select()
    .from(applicationReturns)
    .where(eq(applicationReturns.applicationId, applicationId))
    .orderBy(desc(applicationReturns.returnedAt))
    .limit(1);
  return row;
}

export async function markReturnResubmitted(tx: TDb, returnId: string, at: Date): Promise<void> {
  await tx
    .update(applicationReturns)
    .set({ resubmittedAt: at })
    .where(eq(applicationReturns.id, returnId));
}
