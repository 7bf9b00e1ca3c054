import { and, eq, inArray, sql } from 'drizzle-orm';

import type { TDb } from '../client';
import { reviewAssignments, reviews } from '../schema';

export type TAssignmentRow = typeof reviewAssignments.$inferSelect & {
  /** A review row exists (draft or submitted): it never moves (R-REV-ASSIGN). */
  isStarted: boolean;
  isSubmitted: boolean;
};

/** Every assignment of a panel, with whether its review is started or submitted. */
export async function listAssignments(db: TDb, panelId: string): Promise<TAssignmentRow[]> {
  const rows = await db
    .select({ a: reviewAssignments, status: reviews.status })
    .from(reviewAssignments)
    .leftJoin(reviews, eq(reviews.assignmentId, reviewAssignments.id))
    .where(eq(reviewAssignments.panelId, panelId));
  return rows.map((r) => ({
    ...r.a,
    isStarted: r.status !== null,
    isSubmitted: r.status === 'submitted',
  }));
}

export async function insertAssignments(
  db: TDb,
  rows: (typeof reviewAssignments.$inferInsert)[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db
    .insert(reviewAssignments)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: reviewAssignments.id });
  return added.length;
}

/**
 * Deletes assignments whose review has not started; a started one is never deleted, even
 * when named (R-REV-ASSIGN). Returns how many went.
 */
export async function deleteUnstartedAssignments(
  db: TDb,
  where: { ids: readonly string[] } | { panelId: string; memberId: string },
): Promise<number> {
  if ('ids' in where && where.ids.length === 0) return 0;
  const target =
    'ids' in where
      ? inArray(reviewAssignments.id, [...where.ids])
      : and(
          eq(reviewAssignments.panelId, where.panelId),
          eq(reviewAssignments.memberId, where.memberId),
        );
  const gone = await db
    .delete(reviewAssignments)
    .where(
      and(
        target,
        sql`not exists (select 1 from ${reviews} where ${reviews.assignmentId} = ${reviewAssignments.id})`,
      ),
    )
    .returning({ id: reviewAssignments.id });
  return gone.length;
}
