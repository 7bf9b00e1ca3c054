import { eq } from 'drizzle-orm';

import type { TDb } from '../client';
import { appSettings } from '../schema';

/**
 * Returns the stored value, storing `candidate` first if there is none. Every server that
 * races here ends up with the same value (insert … on conflict do nothing, then read).
 */
export async function getOrCreateSetting<T>(db: TDb, key: string, candidate: T): Promise<T> {
  await db.insert(appSettings).values({ key, value: candidate }).onConflictDoNothing();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key)).limit(1);
  return row?.value as T;
}
