import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemo } from '@/db/seed/seed-demo';
import type { TApplication } from '@/domain/applications/application';
import type { TScope } from '@/policies/scopes';
import { createSubmitted } from '@/services/screening/screening.fixture';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { countNominationQueue, listNominationQueue } from './nomination.repository';
import { countScreeningQueue, listScreeningQueue } from './screening.repository';

// The scopes as SQL, on PGlite and (JX_TEST_DB=postgres) on PostgreSQL: a host's screening
// holds its own applications, CSC only once nominated; an authority's queue its country's
// applications quoting its agency number (trimmed as typed), nothing else.
const NOW = new Date('2026-01-10T02:00:00Z');
let database: TTestDatabase;
const apps: Record<string, TApplication> = {};
// What the demo already holds (its own screening, demo-screening.ts), before these are added.
const before: Record<string, string[]> = {};
const UCAS: TScope = { kind: 'hosts', hostIds: ['UCAS'] };
const VN: TScope = { kind: 'agencies', agencies: [{ countryCode: 'VN', agencyNumber: '10610' }] };

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await seedDemo(db, NOW);
  before.ucas = ids(await listScreeningQueue(db, UCAS));
  before.ucasCsc = ids(await listScreeningQueue(db, UCAS, { programId: 'csc' }));
  before.vn = ids(await listNominationQueue(db, VN));
  before.vnAwaiting = ids(await listNominationQueue(db, VN, 'awaiting'));
  before.vnNominated = ids(await listNominationQueue(db, VN, 'nominated'));
  apps.pifiUcas = await createSubmitted(db, NOW, {
    email: 'r1@example.org',
    programId: 'pifi',
    track: 'fellow',
    callId: 'pifi-2026',
    hostId: 'UCAS',
  });
  apps.ansoUstc = await createSubmitted(db, NOW, {
    email: 'r2@example.org',
    programId: 'cas-anso',
    track: 'phd',
    callId: 'cas-anso-2026-ustc',
    hostId: 'USTC',
  });
  apps.cscWaiting = await createSubmitted(db, NOW, { email: 'r3@example.org', hostId: 'UCAS' });
  apps.cscNominated = await createSubmitted(db, NOW, {
    email: 'r4@example.org',
    hostId: 'UCAS',
    nomination: 'nominated',
  });
  apps.cscDeclined = await createSubmitted(db, NOW, {
    email: 'r5@example.org',
    hostId: 'UCAS',
    nomination: 'declined',
    status: 'declined',
  });
  apps.cscPk = await createSubmitted(db, NOW, {
    email: 'r6@example.org',
    hostId: 'UCAS',
    nationality: 'PK',
  });
  apps.cscDraft = await createSubmitted(db, NOW, {
    email: 'r7@example.org',
    hostId: 'UCAS',
    status: 'draft',
  });
});
afterAll(async () => {
  await database.drop();
});

function ids(rows: { id: string }[]) {
  return rows.map((r) => r.id).sort();
}
const of = (...names: string[]) => names.map((n) => apps[n]!.id).sort();
const plus = (base: string[] | undefined, ...names: string[]) =>
  [...(base ?? []), ...of(...names)].sort();

describe('screening queue in SQL', () => {
  it('a host sees its own submitted applications; CSC only once nominated', async () => {
    const ucas = UCAS;
    expect(ids(await listScreeningQueue(database.db, ucas))).toEqual(
      plus(before.ucas, 'pifiUcas', 'cscNominated'),
    );
    expect((await countScreeningQueue(database.db, ucas)).submitted).toBe(before.ucas!.length + 2);
    const ustc = { kind: 'hosts', hostIds: ['USTC'] } as const;
    expect(ids(await listScreeningQueue(database.db, ustc))).toEqual(of('ansoUstc'));
    expect(await listScreeningQueue(database.db, { kind: 'none' })).toEqual([]);
  });

  it('filters by program, call and status', async () => {
    const ucas = UCAS;
    expect(ids(await listScreeningQueue(database.db, ucas, { programId: 'csc' }))).toEqual(
      plus(before.ucasCsc, 'cscNominated'),
    );
    const pifi = ids(await listScreeningQueue(database.db, ucas, { callId: 'pifi-2026' }));
    expect(pifi).toContain(apps.pifiUcas!.id);
    expect(pifi).not.toContain(apps.cscNominated!.id);
    expect(await listScreeningQueue(database.db, ucas, { status: 'under_review' })).toEqual([]);
  });
});

describe('R-CSC-APPLY: nomination queue in SQL', () => {
  const vn = VN;

  it('R-CSC-APPLY: the authority’s country and agency number only, sent ones only, with counts', async () => {
    expect(ids(await listNominationQueue(database.db, vn))).toEqual(
      plus(before.vn, 'cscWaiting', 'cscNominated', 'cscDeclined'),
    );
    expect(ids(await listNominationQueue(database.db, vn, 'awaiting'))).toEqual(
      plus(before.vnAwaiting, 'cscWaiting'),
    );
    expect(await countNominationQueue(database.db, vn)).toEqual({
      awaiting: before.vnAwaiting!.length + 1,
      nominated: before.vnNominated!.length + 1,
      declined: 1,
    });
    const pk: TScope = {
      kind: 'agencies',
      agencies: [{ countryCode: 'PK', agencyNumber: '10610' }],
    };
    expect(ids(await listNominationQueue(database.db, pk))).toEqual(of('cscPk'));
    const other: TScope = {
      kind: 'agencies',
      agencies: [{ countryCode: 'VN', agencyNumber: '20001' }],
    };
    expect(await listNominationQueue(database.db, other)).toEqual([]);
    expect(await listNominationQueue(database.db, { kind: 'hosts', hostIds: ['UCAS'] })).toEqual(
      [],
    );
  });
});
