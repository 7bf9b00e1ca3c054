import { and, asc, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';

import type { TDb } from '../client';
import {
  applicantProfiles,
  applications,
  conflictDeclarations,
  panelApplications,
  panelMembers,
  panels,
  reviewAssignments,
  reviews,
  users,
} from '../schema';

export type TPanelRow = typeof panels.$inferSelect;
export type TMemberRow = typeof panelMembers.$inferSelect;
export type TReviewRow = typeof reviews.$inferSelect;

/** One membership of a user with its panel. */
export type TMembership = { member: TMemberRow; panel: TPanelRow };

/** One assignment of a member's queue, in queue order, with the state of its review. */
export type TQueueRow = {
  assignmentId: string;
  applicationId: string;
  familyName: string | null;
  givenNames: string | null;
  nameZh: string | null;
  reviewId: string | null;
  status: 'draft' | 'submitted' | null;
  /** The review's scores, comment and submission (null before it is started). */
  scores: Record<string, number> | null;
  comment: string | null;
  submittedAt: Date | null;
};

const UUID = /^[0-9a-f-]{36}$/i;

/** The live memberships of a user (accepted, not removed) with their panels, oldest first. */
export async function listMembershipsOfUser(db: TDb, userId: string): Promise<TMembership[]> {
  return db
    .select({ member: panelMembers, panel: panels })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .where(
      and(
        eq(panelMembers.userId, userId),
        isNull(panelMembers.removedAt),
        isNotNull(panelMembers.acceptedAt),
      ),
    )
    .orderBy(asc(panels.createdAt), asc(panels.id));
}

/** A user's live membership of one panel, or nothing (not a member, removed, not accepted). */
export async function findMembership(
  db: TDb,
  panelId: string,
  userId: string,
): Promise<TMembership | undefined> {
  if (!UUID.test(panelId)) return undefined;
  const [row] = await db
    .select({ member: panelMembers, panel: panels })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .where(
      and(
        eq(panelMembers.panelId, panelId),
        eq(panelMembers.userId, userId),
        isNull(panelMembers.removedAt),
        isNotNull(panelMembers.acceptedAt),
      ),
    )
    .limit(1);
  return row;
}

/**
 * A member's assignments in queue order (applicant family name, then application id: stable,
 * and the same for the page and the packet), with their reviews' state.
 */
export async function listQueue(db: TDb, memberId: string): Promise<TQueueRow[]> {
  return db
    .select({
      assignmentId: reviewAssignments.id,
      applicationId: reviewAssignments.applicationId,
      familyName: applicantProfiles.familyName,
      givenNames: applicantProfiles.givenNames,
      nameZh: applicantProfiles.nameZh,
      reviewId: reviews.id,
      status: reviews.status,
      scores: reviews.scores,
      comment: reviews.comment,
      submittedAt: reviews.submittedAt,
    })
    .from(reviewAssignments)
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
    .leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
    .where(eq(reviewAssignments.memberId, memberId))
    .orderBy(asc(applicantProfiles.familyName), asc(reviewAssignments.applicationId));
}

/** An application with its applicant's profile names, for the review page (one query). */
export async function findApplicationForReview(db: TDb, applicationId: string) {
  if (!UUID.test(applicationId)) return undefined;
  const [row] = await db
    .select({
      application: applications,
      familyName: applicantProfiles.familyName,
      givenNames: applicantProfiles.givenNames,
      nameZh: applicantProfiles.nameZh,
    })
    .from(applications)
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
    .where(eq(applications.id, applicationId))
    .limit(1);
  return row;
}

/** The applicants of a panel's applications: names for the declaration list and the chair. */
export async function listPanelApplicants(
  db: TDb,
  panelId: string,
): Promise<
  {
    applicationId: string;
    familyName: string | null;
    givenNames: string | null;
    nameZh: string | null;
  }[]
> {
  return db
    .select({
      applicationId: panelApplications.applicationId,
      familyName: applicantProfiles.familyName,
      givenNames: applicantProfiles.givenNames,
      nameZh: applicantProfiles.nameZh,
    })
    .from(panelApplications)
    .innerJoin(applications, eq(applications.id, panelApplications.applicationId))
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, applications.applicantUserId))
    .where(eq(panelApplications.panelId, panelId))
    .orderBy(asc(applicantProfiles.familyName), asc(panelApplications.applicationId));
}

export async function isOnPanel(db: TDb, panelId: string, applicationId: string): Promise<boolean> {
  if (!UUID.test(applicationId)) return false;
  const [row] = await db
    .select({ id: panelApplications.applicationId })
    .from(panelApplications)
    .where(
      and(
        eq(panelApplications.panelId, panelId),
        eq(panelApplications.applicationId, applicationId),
      ),
    )
    .limit(1);
  return !!row;
}

/** Stores declared conflicts (once each) and marks the member as having declared. */
export async function insertDeclarations(
  db: TDb,
  memberId: string,
  applicationIds: readonly string[],
  at: Date,
): Promise<void> {
  if (applicationIds.length > 0)
    await db
      .insert(conflictDeclarations)
      .values(applicationIds.map((applicationId) => ({ memberId, applicationId, declaredAt: at })))
      .onConflictDoNothing();
  await db
    .update(panelMembers)
    .set({ conflictsDeclaredAt: at })
    .where(eq(panelMembers.id, memberId));
}

/** The member's assignments of these applications with their reviews (to remove on declaring). */
export async function listAssignmentsOf(
  db: TDb,
  memberId: string,
  applicationIds: readonly string[],
): Promise<{ assignmentId: string; applicationId: string; review: TReviewRow | null }[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .select({ a: reviewAssignments, r: reviews })
    .from(reviewAssignments)
    .leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
    .where(
      and(
        eq(reviewAssignments.memberId, memberId),
        inArray(reviewAssignments.applicationId, [...applicationIds]),
      ),
    );
  return rows.map((x) => ({ assignmentId: x.a.id, applicationId: x.a.applicationId, review: x.r }));
}

export async function deleteAssignments(db: TDb, assignmentIds: readonly string[]): Promise<void> {
  if (assignmentIds.length === 0) return;
  await db.delete(reviewAssignments).where(inArray(reviewAssignments.id, [...assignmentIds]));
}

export async function findReview(db: TDb, assignmentId: string): Promise<TReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(reviews)
    .where(eq(reviews.assignmentId, assignmentId))
    .limit(1);
  return row;
}

/** The review of an assignment, locked for the change about to be made. */
export async function findReviewForUpdate(
  db: TDb,
  assignmentId: string,
): Promise<TReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(reviews)
    .where(eq(reviews.assignmentId, assignmentId))
    .limit(1)
    .for('update');
  return row;
}

/** Creates the draft or replaces its scores and comment (never a submitted one: the caller checks). */
export async function saveReviewDraft(
  db: TDb,
  assignmentId: string,
  values: { scores: Record<string, number>; comment: string },
  at: Date,
): Promise<TReviewRow> {
  const [row] = await db
    .insert(reviews)
    .values({ assignmentId, ...values, status: 'draft', startedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: reviews.assignmentId,
      set: { ...values, updatedAt: at, version: sql`${reviews.version} + 1` },
      setWhere: eq(reviews.status, 'draft'),
    })
    .returning();
  // Callers lock the review and check its status first: reaching a submitted one is a bug.
  if (!row) throw new Error('saveReviewDraft: the review is already submitted');
  return row;
}

export async function markReviewSubmitted(db: TDb, reviewId: string, at: Date): Promise<void> {
  await db
    .update(reviews)
    .set({ status: 'submitted', submittedAt: at, updatedAt: at })
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'draft')));
}

/** The submitted reviews of an application on a panel by members other than `memberId`. */
export async function listOtherSubmittedReviews(
  db: TDb,
  panelId: string,
  applicationId: string,
  memberId: string,
): Promise<{ memberName: string; scores: Record<string, number>; comment: string }[]> {
  return db
    .select({
      memberName: panelMembers.displayName,
      scores: reviews.scores,
      comment: reviews.comment,
    })
    .from(reviews)
    .innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
    .innerJoin(panelMembers, eq(panelMembers.id, reviewAssignments.memberId))
    .where(
      and(
        eq(reviewAssignments.panelId, panelId),
        eq(reviewAssignments.applicationId, applicationId),
        ne(reviewAssignments.memberId, memberId),
        eq(reviews.status, 'submitted'),
      ),
    )
    .orderBy(asc(reviews.submittedAt));
}

/** A member to remind: live, with a panel due within `horizon`, not reminded since `since`. */
export type TReminderCandidate = {
  member: TMemberRow;
  panel: TPanelRow;
  accountLocale: string | null;
  accountEmail: string | null;
};

export async function listReminderCandidates(
  db: TDb,
  horizon: Date,
  since: Date,
): Promise<TReminderCandidate[]> {
  return db
    .select({
      member: panelMembers,
      panel: panels,
      accountLocale: users.locale,
      accountEmail: users.email,
    })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .leftJoin(users, eq(users.id, panelMembers.userId))
    .where(
      and(
        isNull(panelMembers.removedAt),
        isNotNull(panelMembers.userId),
        isNotNull(panels.reviewsDueAt),
        lte(panels.reviewsDueAt, horizon),
        or(isNull(panelMembers.remindedAt), lte(panelMembers.remindedAt, since)),
      ),
    );
}

/**
 * Claims the reminder of a member: sets `remindedAt` only if it is still unset or older than
 * `since`, so two workers never both remind (the row count says who won).
 */
export async function claimReminder(
  db: TDb,
  memberId: string,
  at: Date,
  since: Date,
): Promise<boolean> {
  const rows = await db
    .update(panelMembers)
    .set({ remindedAt: at })
    .where(
      and(
        eq(panelMembers.id, memberId),
        or(isNull(panelMembers.remindedAt), lte(panelMembers.remindedAt, since)),
      ),
    )
    .returning({ id: panelMembers.id });
  return rows.length > 0;
}
