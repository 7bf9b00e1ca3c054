import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

import * as schema from './schema';

export type TSchema = typeof schema;
/** The database or an open transaction: repositories accept either. */
export type TDb = PgDatabase<PgQueryResultHKT, TSchema>;

/** Raw SQL with positional parameters, for pg-boss's `db` adapter. */
export type TExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export type TDatabase = {
  kind: 'pglite' | 'postgres';
  db: TDb;
  executeSql: TExecuteSql;
  /** Connection string for components that open their own pool (pg-boss on PostgreSQL). */
  url: string | null;
  /**
   * Subscribes to a PostgreSQL notification channel (LISTEN); returns the unsubscribe. Lets a
   * server drop a cache the moment another server commits a change.
   */
  listen: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens PostgreSQL when `url` is given, else PGlite (real PostgreSQL in wasm) in `dataDir`,
 * or in memory when `dataDir` is null (tests).
 * @example const database = await openDatabase({ url: undefined, dataDir: './data/pglite' });
 */
export async function openDatabase(opts: {
  url?: string | undefined;
  dataDir: string | null;
}): Promise<TDatabase> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // Note: an idle pooled connection that the server ends (restart, failover, a dropped
    // database) is reported on the pool; unhandled, that event would crash the process. The
    // pool replaces the connection on next use, and a query in flight still gets its error.
    pool.on('error', () => undefined);
    const db = drizzlePg({ client: pool, schema }) as unknown as TDb;
    const listeners = new Set<pg.Client>();
    return {
      kind: 'postgres',
      db,
      url: opts.url,
      executeSql: async (text, values) => pool.query(text, values as unknown[]),
      listen: async (channel, onNotify) => {
        // A dedicated connection: LISTEN belongs to the session that issued it.
        const client = new pg.Client({ connectionString: opts.url });
        await client.connect();
        client.on('notification', (msg) => msg.channel === channel && onNotify());
        client.on('error', () => undefined);
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
        listeners.add(client);
        return async () => {
          listeners.delete(client);
          await client.end().catch(() => undefined);
        };
      },
      close: async () => {
        await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
        await pool.end();
      },
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as TDb;
  return {
    kind: 'pglite',
    db,
    url: null,
    // pg-boss sends its schema as one multi-statement script without parameters: PGlite runs
    // those through exec (simple protocol); anything with parameters is one prepared query.
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
    listen: async (channel, onNotify) => {
      const unsubscribe = await client.listen(channel, () => onNotify());
      return unsubscribe;
    },
    close: () => client.close(),
  };
}

// Note: any number of app servers may start at once against one PostgreSQL; the advisory
// lock makes exactly one of them apply pending migrations while the others wait.
const MIGRATION_LOCK = 727_100_001;

/** Applies every pending migration from src/db/migrations (the same files on both engines). */
export async function migrateDatabase(database: TDatabase): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // A dedicated connection: an advisory lock belongs to the session that took it.
  const client = new pg.Client({ connectionString: database.url ?? undefined });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
