// What a panel's ranking reads and the two changes made on it (R-REV-SCORE, R-REV-FLAG,
// R-REV-RANK): the panel with its call's program, the chair's membership, the panel's
// applications with their adjustment and closing, every submitted review, and interview scores.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';

import type { TProgramId } from '@/domain/programs';

import type { TDb } from '../client';
import {
  applications,
  calls,
  interviews,
  panelApplications,
  panelMembers,
  panels,
  reviewAssignments,
  reviews,
  users,
} from '../schema';

const UUID = /^[0-9a-f-]{36}$/i;

export type TRankingPanelRow = typeof panels.$inferSelect & { programId: TProgramId };

export async function findRankingPanel(
  db: TDb,
  panelId: string,
): Promise<TRankingPanelRow | undefined> {
  if (!UUID.test(panelId)) return undefined;
  const [row] = await db
    .select({ panel: panels, programId: calls.programId })
    .from(panels)
    .innerJoin(calls, eq(calls.id, panels.callId))
    .where(eq(panels.id, panelId))
    .limit(1);
  return row ? { ...row.panel, programId: row.programId } : undefined;
}

/** The user's live membership of the panel, if any (removed members have none). */
export async function findLiveMembership(
  db: TDb,
  panelId: string,
  userId: string,
): Promise<typeof panelMembers.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(panelMembers)
    .where(
      and(
        eq(panelMembers.panelId, panelId),
        eq(panelMembers.userId, userId),
        isNull(panelMembers.removedAt),
      ),
    )
    .limit(1);
  return row;
}

export type TRankingApplicationRow = {
  applicationId: string;
  applicantName: string;
  submittedAt: Date | null;
  closedWithFewerAt: Date | null;
  closedReason: string | null;
  adjustmentCentipoints: number;
  adjustmentReason: string | null;
  shortlistedAt: Date | null;
};

export async function listRankingApplications(
  db: TDb,
  panelId: string,
): Promise<TRankingApplicationRow[]> {
  return db
    .select({
      applicationId: panelApplications.applicationId,
      applicantName: users.displayName,
      submittedAt: applications.submittedAt,
      closedWithFewerAt: panelApplications.closedWithFewerAt,
      closedReason: panelApplications.closedReason,
      adjustmentCentipoints: panelApplications.adjustmentCentipoints,
      adjustmentReason: panelApplications.adjustmentReason,
      shortlistedAt: panelApplications.shortlistedAt,
    })
    .from(panelApplications)
    .innerJoin(applications, eq(applications.id, panelApplications.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantUserId))
    .where(eq(panelApplications.panelId, panelId));
}

export type TSubmittedReviewRow = {
  applicationId: string;
  memberId: string;
  scores: Record<string, number>;
};

/** Every submitted review of the panel (drafts never count, R-REV-SCORE). */
export async function listSubmittedReviews(
  db: TDb,
  panelId: string,
): Promise<TSubmittedReviewRow[]> {
  return db
    .select({
      applicationId: reviewAssignments.applicationId,
      memberId: reviewAssignments.memberId,
      scores: reviews.scores,
    })
    .from(reviews)
    .innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
    .where(and(eq(reviewAssignments.panelId, panelId), eq(reviews.status, 'submitted')));
}

/** Recorded interview scores of the panel, in hundredths (R-REV-RANK). */
export async function listInterviewScores(
  db: TDb,
  panelId: string,
): Promise<{ applicationId: string; scoreCentipoints: number }[]> {
  const rows = await db
    .select({
      applicationId: interviews.applicationId,
      scoreCentipoints: interviews.scoreCentipoints,
    })
    .from(interviews)
    .where(and(eq(interviews.panelId, panelId), isNotNull(interviews.scoreCentipoints)));
  return rows.map((r) => ({
    applicationId: r.applicationId,
    scoreCentipoints: r.scoreCentipoints!,
  }));
}

/** One application of the panel, locked for a change. */
export async function findPanelApplicationForUpdate(
  db: TDb,
  panelId: string,
  applicationId: string,
): Promise<typeof panelApplications.$inferSelect | undefined> {
  if (!UUID.test(applicationId)) return undefined;
  const [row] = await db
    .select()
    .from(panelApplications)
    .where(
      and(
        eq(panelApplications.panelId, panelId),
        eq(panelApplications.applicationId, applicationId),
      ),
    )
    .for('update')
    .limit(1);
  return row;
}

export async function updatePanelApplication(
  db: TDb,
  panelId: string,
  applicationId: string,
  values: Partial<
    Pick<
      typeof panelApplications.$inferInsert,
      | 'adjustmentCentipoints'
      | 'adjustmentReason'
      | 'closedWithFewerAt'
      | 'closedReason'
      | 'shortlistedAt'
    >
  >,
): Promise<void> {
  await db
    .update(panelApplications)
    .set(values)
    .where(
      and(
        eq(panelApplications.panelId, panelId),
        eq(panelApplications.applicationId, applicationId),
      ),
    );
}
