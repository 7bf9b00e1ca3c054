import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sql } from 'drizzle-orm';

import { migrationsFolder } from '@/db/client';

import type { TDeps } from '../context';

export type TReadiness = {
  ok: boolean;
  database: boolean;
  migrations: { applied: number; expected: number };
};

function expectedMigrations(): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/** Ready when the database answers and every migration this code ships has been applied. */
export async function checkReadiness(deps: TDeps): Promise<TReadiness> {
  const expected = expectedMigrations();
  try {
    const result = await deps.database.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    const applied = rows[0]?.n ?? 0;
    return { ok: applied === expected, database: true, migrations: { applied, expected } };
  } catch {
    return { ok: false, database: false, migrations: { applied: 0, expected } };
  }
}
