import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { insertAudit, listAudit, type TAuditEntry } from './audit.repository';

let database: TTestDatabase;
const at = (iso: string) => new Date(iso);
const entry = (over: Partial<TAuditEntry>): TAuditEntry => ({
  occurredAt: at('2026-01-10T02:00:00Z'),
  actorUserId: null,
  actorKind: 'system',
  action: 'call.updated',
  entityType: 'call',
  entityId: 'csc-2026',
  ...over,
});
const ACTOR = '11111111-1111-4111-8111-111111111111';

beforeAll(async () => {
  database = await openTestDatabase();
  const rows: TAuditEntry[] = [
    entry({
      occurredAt: at('2026-01-10T02:00:00Z'),
      before: { a: 1 },
      after: { a: 2 },
      reason: 'typo',
    }),
    entry({
      occurredAt: at('2026-01-11T02:00:00Z'),
      actorUserId: ACTOR,
      actorKind: 'user',
      requestId: 'req-7',
    }),
    entry({
      occurredAt: at('2026-01-12T02:00:00Z'),
      action: 'application.submitted',
      entityType: 'application',
      entityId: 'app-1',
    }),
    entry({
      occurredAt: at('2026-01-12T02:00:00Z'),
      action: 'application.withdrawn',
      entityType: 'application',
      entityId: 'app-1',
    }),
  ];
  for (const r of rows) await insertAudit(database.db, r);
});
afterAll(async () => {
  await database.drop();
});

describe('R-GEN-AUDIT: audit repository', () => {
  it('keeps who, when, what, before, after, why and the request, newest first', async () => {
    const rows = await listAudit(database.db, { limit: 10, offset: 0 });
    expect(rows.map((r) => r.action)).toEqual([
      'application.withdrawn',
      'application.submitted',
      'call.updated',
      'call.updated',
    ]);
    const first = rows.at(-1)!;
    expect(first).toMatchObject({
      actorKind: 'system',
      actorUserId: null,
      before: { a: 1 },
      after: { a: 2 },
      reason: 'typo',
      requestId: null,
    });
    expect(first.occurredAt.toISOString()).toBe('2026-01-10T02:00:00.000Z');
    expect(rows.at(-2)).toMatchObject({ actorUserId: ACTOR, requestId: 'req-7', before: null });
  });

  it.each([
    [{ action: 'call.updated' }, 2],
    [{ entityType: 'application', entityId: 'app-1' }, 2],
    [{ actorUserId: ACTOR }, 1],
    // From is inclusive, to is exclusive: one Beijing day is [from, to).
    [{ from: at('2026-01-11T02:00:00Z'), to: at('2026-01-12T02:00:00Z') }, 1],
    [{ from: at('2026-01-12T02:00:00Z') }, 2],
  ])('filters by %j → %i rows', async (filter, n) => {
    expect(await listAudit(database.db, { limit: 10, offset: 0, ...filter })).toHaveLength(n);
  });

  it('pages with limit and offset in the same order', async () => {
    const all = await listAudit(database.db, { limit: 10, offset: 0 });
    const second = await listAudit(database.db, { limit: 2, offset: 2 });
    expect(second.map((r) => r.id)).toEqual(all.slice(2, 4).map((r) => r.id));
  });
});
