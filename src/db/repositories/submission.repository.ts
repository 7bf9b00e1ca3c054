import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';

import { SENT_STATUSES } from '@/domain/applications/application';

import type { TDb } from '../client';
import { applications, calls, institutions, referees } from '../schema';

/**
 * R-ANSO-ONEHOST: another sent CAS-ANSO application of the same person (R-GEN-IDENTITY) for the
 * same intake year at another host, with that host's name.
 */
export async function findOtherHostApplication(
  db: TDb,
  q: {
    identityKey: string;
    intakeYear: number;
    excludeApplicationId: string;
    hostId: string | null;
  },
): Promise<
  | { id: string; hostId: string | null; hostNameEn: string | null; hostNameZh: string | null }
  | undefined
> {
  const rows = await db
    .select({
      id: applications.id,
      hostId: applications.hostId,
      hostNameEn: institutions.nameEn,
      hostNameZh: institutions.nameZh,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .leftJoin(institutions, eq(institutions.id, applications.hostId))
    .where(
      and(
        eq(applications.identityKey, q.identityKey),
        eq(applications.programId, 'cas-anso'),
        eq(calls.intakeYear, q.intakeYear),
        ne(applications.id, q.excludeApplicationId),
        inArray(applications.status, [...SENT_STATUSES]),
      ),
    )
    .limit(5);
  return rows.find((r) => r.hostId !== q.hostId);
}

/** Referees named and still standing (not replaced) for an application (R-GEN-REFEREE). */
export async function countActiveReferees(db: TDb, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(referees)
    .where(
      and(
        eq(referees.applicationId, applicationId),
        isNull(referees.replacedAt),
        ne(referees.status, 'declined'),
      ),
    );
  return row?.n ?? 0;
}
