import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { migrateDatabase, openDatabase, type TDatabase } from '@/db/client';

/** Which engine database tests run on: the runner sets JX_TEST_DB (pglite | postgres). */
export const TEST_DB_KIND = process.env.JX_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export type TTestDatabase = TDatabase & {
  /** Opens a second, independent connection pool to the same database (PostgreSQL only). */
  openAnother: () => Promise<TDatabase>;
  drop: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on
 * the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards).
 */
export async function openTestDatabase(): Promise<TTestDatabase> {
  if (TEST_DB_KIND === 'pglite') {
    const database = await openDatabase({ dataDir: null });
    await migrateDatabase(database);
    return { ...database, openAnother: async () => database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('JX_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `jx_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: null });
  await migrateDatabase(database);
  const others: TDatabase[] = [];
  return {
    ...database,
    openAnother: async () => {
      const other = await openDatabase({ url: url.toString(), dataDir: null });
      others.push(other);
      return other;
    },
    drop: async () => {
      for (const o of others) await o.close();
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
