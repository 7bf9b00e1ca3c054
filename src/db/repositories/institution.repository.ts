import type { TDb } from '../client';
import { institutions } from '../schema';

export async function insertInstitution(
  db: TDb,
  values: typeof institutions.$inferInsert,
): Promise<void> {
  await db.insert(institutions).values(values).onConflictDoNothing();
}
