import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { calls, interviews } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { newToken } from '@/services/accounts/secrets';
import { bookSlot } from '@/services/interviews/book-slot';
import { addPanelApplication, createPanel } from '@/services/review/panel.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { testDeps } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import {
  deleteFreeSlot,
  findBookingByTokenHash,
  insertInterview,
  insertSlot,
  listShortlisted,
  listSlotsOfPanel,
  updateInterview,
} from './interview.repository';

let database: TTestDatabase;
const now = new Date('2026-03-10T02:00:00Z');
const at = (hoursLater: number) => new Date(now.getTime() + hoursLater * 3_600_000);
let panelId = '';
const tokens: string[] = [];
const interviewIds: string[] = [];
const anonymous = { kind: 'anonymous' } as const;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await seedDemo(db, now);
  const [call] = await db.select().from(calls).where(eq(calls.programId, 'pifi'));
  panelId = (await createPanel(db, now, { callId: call!.id, track: 'fellow', hasInterviews: true }))
    .id;
  for (const name of ['one', 'two']) {
    const { userId } = await createApplicant(db, now, {
      email: `${name}@applicant.test`,
      displayName: `Applicant ${name}`,
    });
    const app = await createApplication(db, now, {
      userId,
      callId: call!.id,
      programId: 'pifi',
      track: 'fellow',
      status: 'under_review',
    });
    await addPanelApplication(db, now, panelId, app.id, { shortlistedAt: now });
    const { token, tokenHash } = newToken();
    tokens.push(token);
    const row = await insertInterview(db, {
      panelId,
      applicationId: app.id,
      tokenHash,
      invitedAt: now,
    });
    interviewIds.push(row.id);
  }
});
afterAll(async () => {
  await database.drop();
});

describe('interview.repository (PGlite and PostgreSQL)', () => {
  it('lists the shortlisted with their interview, and finds an interview by its token’s hash only', async () => {
    const rows = await listShortlisted(database.db, panelId);
    expect(rows.map((r) => [r.applicantName, r.interview?.id])).toEqual([
      ['Applicant one', interviewIds[0]],
      ['Applicant two', interviewIds[1]],
    ]);
    const { tokenHash } = newToken();
    expect(await findBookingByTokenHash(database.db, tokenHash)).toBeUndefined();
  });

  it('two applicants booking one slot at once: exactly one gets it, the other is told "taken"', async () => {
    const slot = await insertSlot(database.db, {
      panelId,
      startsAt: at(48),
      durationMinutes: 30,
      location: 'Room 1',
      createdAt: now,
    });
    const deps = testDeps(database);
    deps.clock.set(now.toISOString());
    const results = await Promise.all(
      tokens.map((token) => bookSlot(deps, anonymous, {}, { token, slotId: slot.id, zoneAsk: {} })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && 'error' in refused && refused.error).toBe('taken');
    const holders = (await database.db.select().from(interviews)).filter(
      (r) => r.slotId === slot.id,
    );
    expect(holders).toHaveLength(1);
    expect((await listSlotsOfPanel(database.db, panelId))[0]!.booking?.applicantName).toMatch(
      /^Applicant (one|two)$/,
    );
  });

  it('the unique slot_id refuses a second holder even without the service’s check', async () => {
    const [held] = (await database.db.select().from(interviews)).filter((r) => r.slotId);
    const other = interviewIds.find((id) => id !== held!.id)!;
    const err = await updateInterview(database.db, other, { slotId: held!.slotId }).catch(
      (e: unknown) => e as { cause?: { code?: string } },
    );
    expect(err?.cause?.code).toBe('23505');
  });

  it('rebooking moves the one slot_id: the old slot is free again, and only free slots are deleted', async () => {
    const db = database.db;
    const [held] = (await db.select().from(interviews)).filter((r) => r.slotId);
    const token = tokens[interviewIds.indexOf(held!.id)]!;
    const next = await insertSlot(db, {
      panelId,
      startsAt: at(50),
      durationMinutes: 30,
      location: 'Room 2',
      createdAt: now,
    });
    expect(await deleteFreeSlot(db, panelId, held!.slotId!)).toBe(false);
    const deps = testDeps(database);
    deps.clock.set(now.toISOString());
    const result = await bookSlot(deps, anonymous, {}, { token, slotId: next.id, zoneAsk: {} });
    expect(result.ok).toBe(true);
    const slots = await listSlotsOfPanel(db, panelId);
    expect(slots.map((s) => [s.location, s.booking?.interviewId ?? null])).toEqual([
      ['Room 1', null],
      ['Room 2', held!.id],
    ]);
    expect(await deleteFreeSlot(db, panelId, held!.slotId!)).toBe(true);
  });
});
