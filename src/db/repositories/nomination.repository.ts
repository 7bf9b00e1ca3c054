import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';

import { SENT_STATUSES, type TApplicationStatus } from '@/domain/applications/application';
import type { TScope } from '@/policies/scopes';

import type { TDb } from '../client';
import { applicantProfiles, applications, nominations } from '../schema';
import { scopeFilter } from './scope-filter';

export type TNominationState = 'awaiting' | 'nominated' | 'declined';

export type TNominationQueueRow = {
  id: string;
  track: string;
  callId: string;
  hostId: string | null;
  status: TApplicationStatus;
  submittedAt: Date | null;
  receiptNumber: string | null;
  familyName: string;
  givenNames: string;
  nameZh: string | null;
  decision: 'nominated' | 'declined' | null;
};

// The agency number as the applicant typed it, trimmed (R-CSC-APPLY).
const AGENCY_NUMBER = sql`btrim(${applications.answers}->'program'->>'agencyNumber')`;

/**
 * R-CSC-APPLY in SQL: CSC applications sent (or declined) whose applicant's nationality and
 * quoted agency number fall in the actor's scope; `state` narrows to one column of the queue.
 */
function nominationWhere(scope: TScope, state?: TNominationState) {
  const byState: Record<TNominationState, SQL | undefined> = {
    awaiting: and(isNull(nominations.decision), eq(applications.status, 'submitted')),
    nominated: eq(nominations.decision, 'nominated'),
    declined: eq(nominations.decision, 'declined'),
  };
  return and(
    eq(applications.programId, 'csc'),
    scopeFilter(scope, {
      programId: applications.programId,
      countryCode: applicantProfiles.nationality,
      agencyNumber: AGENCY_NUMBER,
    }),
    inArray(applications.status, [...SENT_STATUSES, 'declined']),
    state ? byState[state] : or(byState.awaiting, byState.nominated, byState.declined),
  ) as SQL;
}

/** The authority's queue, oldest submission first. */
export async function listNominationQueue(
  db: TDb,
  scope: TScope,
  state?: TNominationState,
): Promise<TNominationQueueRow[]> {
  return db
    .select({
      id: applications.id,
      track: applications.track,
      callId: applications.callId,
      hostId: applications.hostId,
      status: applications.status,
      submittedAt: applications.submittedAt,
      receiptNumber: applications.receiptNumber,
      familyName: applicantProfiles.familyName,
      givenNames: applicantProfiles.givenNames,
      nameZh: applicantProfiles.nameZh,
      decision: nominations.decision,
    })
    .from(applications)
    .innerJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
    .leftJoin(nominations, eq(nominations.applicationId, applications.id))
    .where(nominationWhere(scope, state))
    .orderBy(asc(applications.submittedAt), asc(applications.id));
}

/** How many are awaiting a decision, nominated and declined. */
export async function countNominationQueue(
  db: TDb,
  scope: TScope,
): Promise<Record<TNominationState, number>> {
  const counts = { awaiting: 0, nominated: 0, declined: 0 };
  for (const state of Object.keys(counts) as TNominationState[]) {
    const [row] = await db
      .select({ n: count() })
      .from(applications)
      .innerJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
      .leftJoin(nominations, eq(nominations.applicationId, applications.id))
      .where(nominationWhere(scope, state));
    counts[state] = row?.n ?? 0;
  }
  return counts;
}

export async function insertNomination(
  tx: TDb,
  values: typeof nominations.$inferInsert,
): Promise<void> {
  await tx.insert(nominations).values(values);
}
