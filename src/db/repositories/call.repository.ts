import { asc, eq } from 'drizzle-orm';

import type { TDb } from '../client';
import { calls, institutions } from '../schema';

export type TCallRow = typeof calls.$inferSelect;

export async function listPublishedCalls(
  db: TDb,
): Promise<(TCallRow & { hostNameEn: string | null; hostNameZh: string | null })[]> {
  const rows = await db
    .select({ call: calls, hostNameEn: institutions.nameEn, hostNameZh: institutions.nameZh })
    .from(calls)
    .leftJoin(institutions, eq(calls.hostId, institutions.id))
    .where(eq(calls.isPublished, true))
    .orderBy(asc(calls.programId), asc(calls.id));
  return rows.map((r) => ({ ...r.call, hostNameEn: r.hostNameEn, hostNameZh: r.hostNameZh }));
}

export async function insertCall(db: TDb, values: typeof calls.$inferInsert): Promise<void> {
  await db.insert(calls).values(values);
}
