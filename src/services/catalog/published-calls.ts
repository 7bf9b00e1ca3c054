import { ZStoredCallSettings, type TStoredCallSettings } from '@/contracts/call-settings.schema';
import type { TDatabase } from '@/db/client';
import { CALLS_CHANGED_CHANNEL, listPublishedCalls } from '@/db/repositories/call.repository';
import type { TProgramId } from '@/domain/programs';

export type TPublishedCall = {
  id: string;
  programId: TProgramId;
  intakeYear: number;
  hostId: string | null;
  hostName: { en: string; zh: string } | null;
  opensOn: string | null;
  closesOn: string | null;
  settings: TStoredCallSettings;
};

type TCache = { rows: Promise<TPublishedCall[]> | null; isListening: boolean };
const caches = new WeakMap<TDatabase, TCache>();

async function load(database: TDatabase): Promise<TPublishedCall[]> {
  const rows = await listPublishedCalls(database.db);
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    intakeYear: r.intakeYear,
    hostId: r.hostId,
    hostName: r.hostNameEn && r.hostNameZh ? { en: r.hostNameEn, zh: r.hostNameZh } : null,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    settings: ZStoredCallSettings.parse(r.settings),
  }));
}

/**
 * The published calls, read once and kept in memory: the catalog and the finder serve thousands
 * of requests a second without a query each. Any server's edit empties every server's copy at
 * commit (PostgreSQL NOTIFY, see invalidatePublishedCalls), so an officer's change shows at once.
 */
export async function publishedCalls(database: TDatabase): Promise<TPublishedCall[]> {
  let cache = caches.get(database);
  if (!cache) {
    cache = { rows: null, isListening: false };
    caches.set(database, cache);
  }
  if (!cache.isListening) {
    cache.isListening = true;
    const own = cache;
    await database.listen(CALLS_CHANGED_CHANNEL, () => {
      own.rows = null;
    });
  }
  if (!cache.rows) {
    const loading = load(database);
    cache.rows = loading;
    // A failed load is not cached: the next request tries again.
    loading.catch(() => {
      if (cache?.rows === loading) cache.rows = null;
    });
  }
  return cache.rows;
}

/** Drops this server's copy at once (the notification reaches the others). */
export function invalidatePublishedCalls(database: TDatabase): void {
  const cache = caches.get(database);
  if (cache) cache.rows = null;
}
