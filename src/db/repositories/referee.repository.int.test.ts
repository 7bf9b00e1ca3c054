import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { upsertApplicantProfile } from '@/db/repositories/applicant.repository';
import { seedDemo } from '@/db/seed/seed-demo';
import type { TApplication } from '@/domain/applications/application';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import {
  claimRefereesAwaitingLetters,
  findApplicantContact,
  findLetterContext,
  findReferee,
  findRefereeByTokenHash,
  findRefereeOfApplication,
  insertReferee,
  listRefereeEmailsOf,
  listRefereesOf,
  updateReferee,
  type TRefereeRow,
} from './referee.repository';

let database: TTestDatabase;
const now = new Date('2026-01-10T02:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let csc: TApplication; // csc-2026 closes 2026-04-05
let anso: TApplication; // cas-anso-2026-ucas closes 2026-01-31
let first: TRefereeRow;
let second: TRefereeRow;
let replaced: TRefereeRow;
let other: TRefereeRow;

const referee = (applicationId: string, email: string, minutes: number) =>
  insertReferee(database.db, {
    applicationId,
    name: `Prof. ${email}`,
    title: 'Professor',
    institution: 'LUMS',
    email,
    locale: 'en',
    tokenHash: `hash-${applicationId}-${email}`,
    invitedAt: later(minutes),
    createdAt: later(minutes),
  });

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, now);
  const { db } = database;
  const { userId } = await createApplicant(db, now, {
    email: 'amina@example.org',
    displayName: 'amina',
  });
  await upsertApplicantProfile(db, {
    userId,
    familyName: 'Khan',
    givenNames: 'Amina',
    nameZh: null,
    nationality: 'PK',
    passportNumber: 'AB1234567',
    passportCountry: 'PK',
    birthOn: '1994-03-02',
    gender: 'female',
    identityKey: 'AB1234567|PK|1994-03-02',
    createdAt: now,
    updatedAt: now,
  });
  csc = await createApplication(db, now, { userId, hostId: 'UCAS' });
  anso = await createApplication(db, now, {
    userId,
    callId: 'cas-anso-2026-ucas',
    programId: 'cas-anso',
    track: 'phd',
    hostId: 'UCAS',
  });
  first = await referee(csc.id, 'one@lums.edu.pk', 1);
  replaced = await referee(csc.id, 'gone@lums.edu.pk', 2);
  await updateReferee(db, replaced.id, { replacedAt: later(3) });
  second = await referee(csc.id, 'two@lums.edu.pk', 4);
  other = await referee(anso.id, 'one@lums.edu.pk', 5);
});
afterAll(async () => {
  await database.drop();
});

describe('R-GEN-REFEREE: referee repository', () => {
  it('finds a referee by its token’s hash and by id; a malformed id is not found', async () => {
    expect((await findRefereeByTokenHash(database.db, `hash-${csc.id}-two@lums.edu.pk`))?.id).toBe(
      second.id,
    );
    expect((await findReferee(database.db, first.id))?.email).toBe('one@lums.edu.pk');
    expect(await findReferee(database.db, 'nope')).toBeUndefined();
  });

  it('a referee is found through its own application only', async () => {
    expect((await findRefereeOfApplication(database.db, csc.id, first.id))?.id).toBe(first.id);
    expect(await findRefereeOfApplication(database.db, anso.id, first.id)).toBeUndefined();
  });

  it('lists every referee ever named, replaced ones too, oldest first', async () => {
    expect((await listRefereesOf(database.db, csc.id)).map((r) => r.id)).toEqual([
      first.id,
      replaced.id,
      second.id,
    ]);
  });

  it('R-GEN-COI: the addresses of everyone ever named, once each, replaced ones too', async () => {
    expect(new Set(await listRefereeEmailsOf(database.db, csc.id))).toEqual(
      new Set(['one@lums.edu.pk', 'gone@lums.edu.pk', 'two@lums.edu.pk']),
    );
  });

  it('a letter’s context: its application, deadline and applicant (passport names)', async () => {
    const row = await findLetterContext(database.db, other.id);
    expect(row).toMatchObject({
      applicationId: anso.id,
      programId: 'cas-anso',
      track: 'phd',
      closesOn: '2026-01-31',
      applicantEmail: 'amina@example.org',
      givenNames: 'Amina',
      familyName: 'Khan',
    });
    expect(row?.referee.id).toBe(other.id);
    expect(await findApplicantContact(database.db, csc.applicantUserId)).toMatchObject({
      applicantEmail: 'amina@example.org',
      applicantDisplayName: 'amina',
    });
  });

  it('claims only the standing referees still owing a letter whose call closes in the window, a page at a time', async () => {
    const claim = (from: string, to: string, afterId: string | null = null, limit = 10) =>
      database.db.transaction((tx) =>
        claimRefereesAwaitingLetters(tx, { from, to }, { afterId, limit }),
      );
    const inApril = await claim('2026-04-01', '2026-04-05');
    expect(new Set(inApril.map((r) => r.referee.id))).toEqual(new Set([first.id, second.id]));
    expect((await claim('2026-01-31', '2026-01-31')).map((r) => r.referee.id)).toEqual([other.id]);
    expect(await claim('2026-02-01', '2026-03-31')).toEqual([]);
    const [page1] = await claim('2026-04-01', '2026-04-05', null, 1);
    const page2 = await claim('2026-04-01', '2026-04-05', page1!.referee.id, 1);
    expect(page2.map((r) => r.referee.id)).not.toContain(page1!.referee.id);
    await updateReferee(database.db, first.id, { status: 'submitted', submittedAt: later(9) });
    expect((await claim('2026-04-01', '2026-04-05')).map((r) => r.referee.id)).toEqual([second.id]);
  });
});
