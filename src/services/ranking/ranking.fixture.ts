// Submitted reviews made directly in the test database, for the ranking's tests: an assignment
// and a review with status 'submitted' per score, without the reviewer's workspace.
import type { TDb } from '@/db/client';
import { reviewAssignments, reviews } from '@/db/schema';

/**
 * A submitted review by `memberId` of `applicationId` on `panelId` with these scores.
 * @example await submitReview(db, now, panel.id, app.id, r1.id, { academic_excellence: 8, … });
 */
export async function submitReview(
  db: TDb,
  now: Date,
  panelId: string,
  applicationId: string,
  memberId: string,
  scores: Record<string, number>,
): Promise<void> {
  const [assignment] = await db
    .insert(reviewAssignments)
    .values({ panelId, applicationId, memberId, source: 'manual', createdAt: now })
    .returning();
  await db.insert(reviews).values({
    assignmentId: assignment!.id,
    scores,
    status: 'submitted',
    startedAt: now,
    submittedAt: now,
    updatedAt: now,
  });
}
