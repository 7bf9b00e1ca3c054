import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemo } from '@/db/seed/seed-demo';
import type { TApplication } from '@/domain/applications/application';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import {
  findApplication,
  findApplicationOfCall,
  insertApplicationEvent,
  listApplicationEvents,
  listApplicationsInScope,
  listApplicationsOf,
  updateApplication,
} from './application.repository';

let database: TTestDatabase;
const now = new Date('2026-01-10T02:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let amina: string;
let bilal: string;
let cscUcas: TApplication;
let pifi: TApplication;
let bgsBlcu: TApplication;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, now);
  const { db } = database;
  amina = (await createApplicant(db, now, { email: 'amina@example.org' })).userId;
  bilal = (await createApplicant(db, now, { email: 'bilal@example.org' })).userId;
  cscUcas = await createApplication(db, now, { userId: amina, hostId: 'UCAS' });
  pifi = await createApplication(db, later(1), {
    userId: amina,
    callId: 'pifi-2026',
    programId: 'pifi',
    track: 'fellow',
    status: 'submitted',
    submittedAt: later(5),
  });
  bgsBlcu = await createApplication(db, later(2), {
    userId: bilal,
    callId: 'bgs-2026-blcu',
    programId: 'bgs',
    track: 'master',
    hostId: 'BLCU',
    status: 'submitted',
    submittedAt: later(3),
  });
});
afterAll(async () => {
  await database.drop();
});

describe('application repository', () => {
  it('reads back the row as the domain type it was written as', async () => {
    const row = await findApplication(database.db, cscUcas.id);
    expect(row).toEqual(cscUcas);
    expect(row?.programId).toBe('csc');
    expect(row?.answers).toEqual({});
  });

  it('a malformed or unknown id is simply not found', async () => {
    expect(await findApplication(database.db, 'not-a-uuid')).toBeUndefined();
    expect(
      await findApplication(database.db, '00000000-0000-0000-0000-000000000000'),
    ).toBeUndefined();
  });

  it('finds one applicant’s application of a call, and no one else’s', async () => {
    expect((await findApplicationOfCall(database.db, amina, 'csc-2026'))?.id).toBe(cscUcas.id);
    expect(await findApplicationOfCall(database.db, bilal, 'csc-2026')).toBeUndefined();
  });

  it('lists an applicant’s own applications only, newest first', async () => {
    expect((await listApplicationsOf(database.db, amina)).map((a) => a.id)).toEqual([
      pifi.id,
      cscUcas.id,
    ]);
  });

  it('updates answers and version, and locks the row for update inside a transaction', async () => {
    await database.db.transaction(async (tx) => {
      const locked = await findApplication(tx, cscUcas.id, { forUpdate: true });
      await updateApplication(tx, locked!.id, {
        answers: { plan: { title: 'Monsoon' } },
        version: locked!.version + 1,
        updatedAt: later(10),
      });
    });
    const row = await findApplication(database.db, cscUcas.id);
    expect(row?.answers).toEqual({ plan: { title: 'Monsoon' } });
    expect(row?.version).toBe(cscUcas.version + 1);
  });

  it('keeps the timeline in time order', async () => {
    await insertApplicationEvent(database.db, {
      applicationId: pifi.id,
      kind: 'submitted',
      at: later(5),
      detail: { receiptNumber: 'JX-1' },
    });
    await insertApplicationEvent(database.db, {
      applicationId: pifi.id,
      kind: 'drafted',
      at: later(1),
    });
    const events = await listApplicationEvents(database.db, pifi.id);
    expect(events.map((e) => [e.kind, e.detail])).toEqual([
      ['drafted', null],
      ['submitted', { receiptNumber: 'JX-1' }],
    ]);
  });
});

describe('application repository: lists filtered by a policy scope in the query', () => {
  // Note: the demo seeds applications of its own (demo-review.ts); these lists judge this
  // file's two applicants' rows only.
  const ids = (rows: TApplication[]) =>
    rows.filter((r) => r.applicantUserId === amina || r.applicantUserId === bilal).map((r) => r.id);

  it.each([
    ['all', { kind: 'all' as const }, () => [cscUcas.id, bgsBlcu.id, pifi.id]],
    ['none', { kind: 'none' as const }, () => []],
    ['own', () => ({ kind: 'own' as const, userId: bilal }), () => [bgsBlcu.id]],
    [
      'programs',
      { kind: 'programs' as const, programIds: ['csc', 'pifi'] as const },
      () => [cscUcas.id, pifi.id],
    ],
    ['hosts', { kind: 'hosts' as const, hostIds: ['BLCU'] }, () => [bgsBlcu.id]],
    ['programs with none named', { kind: 'programs' as const, programIds: [] }, () => []],
  ])('%s', async (_, scope, expected) => {
    const s = typeof scope === 'function' ? scope() : scope;
    const rows = await listApplicationsInScope(database.db, s);
    expect(new Set(ids(rows))).toEqual(new Set(expected()));
  });

  it('any of several scopes is their union', async () => {
    const rows = await listApplicationsInScope(database.db, {
      kind: 'any',
      scopes: [
        { kind: 'hosts', hostIds: ['UCAS'] },
        { kind: 'programs', programIds: ['bgs'] },
      ],
    });
    expect(new Set(ids(rows))).toEqual(new Set([cscUcas.id, bgsBlcu.id]));
  });

  it('filters by status and call, oldest submission first', async () => {
    const sent = await listApplicationsInScope(
      database.db,
      { kind: 'all' },
      { statuses: ['submitted'] },
    );
    expect(ids(sent)).toEqual([bgsBlcu.id, pifi.id]);
    const ofCall = await listApplicationsInScope(
      database.db,
      { kind: 'all' },
      { callId: 'pifi-2026' },
    );
    expect(ids(ofCall)).toEqual([pifi.id]);
  });
});
