import { and, eq, gt } from 'drizzle-orm';

import type { TDb } from '../client';
import { pendingSaves } from '../schema';

export type TPendingSaveRow = typeof pendingSaves.$inferSelect;

export async function insertPendingSave(db: TDb, values: TPendingSaveRow): Promise<void> {
  await db.insert(pendingSaves).values(values);
}

/** Takes a pending save out (read and delete): it is applied at most once. */
export async function takePendingSave(
  tx: TDb,
  tokenHash: string,
  now: Date,
): Promise<TPendingSaveRow | undefined> {
  const [row] = await tx
    .delete(pendingSaves)
    .where(and(eq(pendingSaves.tokenHash, tokenHash), gt(pendingSaves.expiresAt, now)))
    .returning();
  return row;
}
