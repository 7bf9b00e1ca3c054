import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemo } from '@/db/seed/seed-demo';
import { buildReviewWorld, type TReviewWorld } from '@/services/reviewing/reviewing.fixture';
import { testDeps } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { reviewAssignments } from '../schema';
import {
  claimReminder,
  findMembership,
  findReview,
  listQueue,
  markReviewSubmitted,
  saveReviewDraft,
} from './review.repository';

let database: TTestDatabase;
let w: TReviewWorld;
const now = new Date('2026-01-10T02:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, now);
  w = await buildReviewWorld(database.db, testDeps(database).env, now, {
    passwordHash: 'x',
    pdf: Buffer.from('%PDF-1.4\n%%EOF'),
  });
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

describe('review repository', () => {
  it('a membership is found only for its own user, live and accepted', async () => {
    expect(await findMembership(database.db, w.panelId, w.reviewer.userId)).toBeDefined();
    expect(await findMembership(database.db, w.panelId, w.outsider.userId)).toBeUndefined();
    expect(await findMembership(database.db, 'not-a-uuid', w.reviewer.userId)).toBeUndefined();
  });

  it('the queue is in applicant-name order, the same on every read', async () => {
    const q = await listQueue(database.db, w.reviewer.memberId);
    const names = q.map((r) => r.familyName!);
    expect(names).toEqual([...names].sort());
    expect(await listQueue(database.db, w.reviewer.memberId)).toEqual(q);
  });

  it('a draft save never overwrites a submitted review', async () => {
    const [a] = await database.db
      .select()
      .from(reviewAssignments)
      .where(eq(reviewAssignments.memberId, w.second.memberId));
    const draft = await saveReviewDraft(
      database.db,
      a!.id,
      { scores: { x: 1 }, comment: 'a' },
      now,
    );
    await markReviewSubmitted(database.db, draft.id, now);
    await expect(
      saveReviewDraft(database.db, a!.id, { scores: { x: 2 }, comment: 'b' }, now),
    ).rejects.toThrow(/already submitted/);
    const after = await findReview(database.db, a!.id);
    expect(after).toMatchObject({ status: 'submitted', comment: 'a', scores: { x: 1 } });
  });

  it('two reminder claims at once: exactly one wins', async () => {
    const other = await database.openAnother();
    const since = new Date(now.getTime() - 2 * 86_400_000);
    const results = await Promise.all([
      claimReminder(database.db, w.reviewer.memberId, now, since),
      claimReminder(other.db, w.reviewer.memberId, now, since),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
