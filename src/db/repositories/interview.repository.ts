// Interview slots and interviews of a panel (issue 11 point 7, R-REV-RANK): slots with who
// booked them, the shortlisted applications with their invitation, a booking link's interview,
// and the row locks that keep one applicant per slot and one slot per interview.
import { and, asc, eq, isNotNull, notExists } from 'drizzle-orm';

import type { TProgramId } from '@/domain/programs';

import type { TDb } from '../client';
import {
  applicantProfiles,
  applications,
  calls,
  interviewSlots,
  interviews,
  panelApplications,
  panels,
  users,
} from '../schema';

const UUID = /^[0-9a-f-]{36}$/i;

export type TSlotRow = typeof interviewSlots.$inferSelect;
export type TInterviewRow = typeof interviews.$inferSelect;

export type TSlotWithBooking = TSlotRow & {
  booking: { interviewId: string; applicationId: string; applicantName: string } | null;
};

/** Every slot of the panel, earliest first, with the interview that holds it, if any. */
export async function listSlotsOfPanel(db: TDb, panelId: string): Promise<TSlotWithBooking[]> {
  const rows = await db
    .select({
      slot: interviewSlots,
      interviewId: interviews.id,
      applicationId: interviews.applicationId,
      applicantName: users.displayName,
    })
    .from(interviewSlots)
    .leftJoin(interviews, eq(interviews.slotId, interviewSlots.id))
    .leftJoin(applications, eq(applications.id, interviews.applicationId))
    .leftJoin(users, eq(users.id, applications.applicantUserId))
    .where(eq(interviewSlots.panelId, panelId))
    .orderBy(asc(interviewSlots.startsAt), asc(interviewSlots.id));
  return rows.map((r) => ({
    ...r.slot,
    booking:
      r.interviewId && r.applicationId
        ? {
            interviewId: r.interviewId,
            applicationId: r.applicationId,
            applicantName: r.applicantName ?? '',
          }
        : null,
  }));
}

export async function insertSlot(
  db: TDb,
  values: typeof interviewSlots.$inferInsert,
): Promise<TSlotRow> {
  const [row] = await db.insert(interviewSlots).values(values).returning();
  return row!;
}

/**
 * Removes a slot of the panel that no interview holds; false when it is booked or absent.
 * Note: a booking committed meanwhile makes the delete fail on the foreign key instead.
 */
export async function deleteFreeSlot(db: TDb, panelId: string, slotId: string): Promise<boolean> {
  if (!UUID.test(slotId)) return false;
  const deleted = await db
    .delete(interviewSlots)
    .where(
      and(
        eq(interviewSlots.id, slotId),
        eq(interviewSlots.panelId, panelId),
        notExists(db.select().from(interviews).where(eq(interviews.slotId, interviewSlots.id))),
      ),
    )
    .returning({ id: interviewSlots.id });
  return deleted.length > 0;
}

/** A slot of the panel, locked: two bookings of it queue here (PostgreSQL row lock). */
export async function findSlotForUpdate(
  db: TDb,
  panelId: string,
  slotId: string,
): Promise<TSlotRow | undefined> {
  if (!UUID.test(slotId)) return undefined;
  const [row] = await db
    .select()
    .from(interviewSlots)
    .where(and(eq(interviewSlots.id, slotId), eq(interviewSlots.panelId, panelId)))
    .for('update')
    .limit(1);
  return row;
}

/** The interview holding a slot, if any. */
export async function findInterviewOfSlot(
  db: TDb,
  slotId: string,
): Promise<TInterviewRow | undefined> {
  const [row] = await db.select().from(interviews).where(eq(interviews.slotId, slotId)).limit(1);
  return row;
}

export type TShortlistedRow = {
  applicationId: string;
  applicantUserId: string;
  applicantName: string;
  email: string;
  locale: string;
  nationality: string | null;
  interview: TInterviewRow | null;
};

/** The panel's shortlisted applications with their applicant and interview, by name. */
export async function listShortlisted(db: TDb, panelId: string): Promise<TShortlistedRow[]> {
  const rows = await db
    .select({
      applicationId: panelApplications.applicationId,
      applicantUserId: users.id,
      applicantName: users.displayName,
      email: users.email,
      locale: users.locale,
      nationality: applicantProfiles.nationality,
      interview: interviews,
    })
    .from(panelApplications)
    .innerJoin(applications, eq(applications.id, panelApplications.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .leftJoin(
      interviews,
      and(
        eq(interviews.panelId, panelApplications.panelId),
        eq(interviews.applicationId, panelApplications.applicationId),
      ),
    )
    .where(and(eq(panelApplications.panelId, panelId), isNotNull(panelApplications.shortlistedAt)))
    .orderBy(asc(users.displayName), asc(panelApplications.applicationId));
  return rows.map((r) => ({ ...r, nationality: r.nationality ?? null, interview: r.interview }));
}

export async function insertInterview(
  db: TDb,
  values: typeof interviews.$inferInsert,
): Promise<TInterviewRow> {
  const [row] = await db.insert(interviews).values(values).returning();
  return row!;
}

/** The interview of one application on the panel, locked for a change. */
export async function findInterviewForUpdate(
  db: TDb,
  panelId: string,
  applicationId: string,
): Promise<TInterviewRow | undefined> {
  if (!UUID.test(applicationId)) return undefined;
  const [row] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.panelId, panelId), eq(interviews.applicationId, applicationId)))
    .for('update')
    .limit(1);
  return row;
}

export type TBookingContext = {
  interview: TInterviewRow;
  panelName: string;
  programId: TProgramId;
  applicantUserId: string;
  applicantName: string;
  email: string;
  locale: string;
  nationality: string | null;
};

/**
 * A booking link's interview (by its token's SHA-256) with what its page and emails need;
 * `forUpdate` locks the interview row, so one applicant's two bookings at once queue.
 */
export async function findBookingByTokenHash(
  db: TDb,
  tokenHash: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TBookingContext | undefined> {
  const query = db
    .select({
      interview: interviews,
      panelName: panels.name,
      programId: calls.programId,
      applicantUserId: users.id,
      applicantName: users.displayName,
      email: users.email,
      locale: users.locale,
      nationality: applicantProfiles.nationality,
    })
    .from(interviews)
    .innerJoin(panels, eq(panels.id, interviews.panelId))
    .innerJoin(calls, eq(calls.id, panels.callId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .where(eq(interviews.tokenHash, tokenHash))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update', { of: interviews }) : await query;
  return row ? { ...row, nationality: row.nationality ?? null } : undefined;
}

export async function updateInterview(
  db: TDb,
  id: string,
  values: Partial<
    Pick<
      typeof interviews.$inferInsert,
      'slotId' | 'bookedAt' | 'scoreCentipoints' | 'scoredByUserId' | 'scoredAt'
    >
  >,
): Promise<void> {
  await db.update(interviews).set(values).where(eq(interviews.id, id));
}
