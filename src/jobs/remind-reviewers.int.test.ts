import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { outboxEmails, reviewAssignments, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import type { TDeps } from '@/services/context';
import { buildReviewWorld, type TReviewWorld } from '@/services/reviewing/reviewing.fixture';
import { TestClock, testDeps } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { remindReviewers } from './remind-reviewers.handler';

let database: TTestDatabase;
let deps: TDeps;
let w: TReviewWorld;
const START = new Date('2026-01-10T02:00:00Z');
const clock = new TestClock(START);
const at = (days: number) => new Date(START.getTime() + days * 86_400_000).toISOString();

async function reminders() {
  return database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.template, 'review_reminder'));
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testDeps(database, { clock });
  await seedDemo(database.db, START);
  // The panel's reviews are due 10 days after START.
  w = await buildReviewWorld(database.db, deps.env, START, {
    passwordHash: 'x',
    pdf: Buffer.from('%PDF-1.4\n%%EOF'),
  });
  await database.db.update(users).set({ locale: 'zh-CN' }).where(eq(users.id, w.reviewer.userId));
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

describe('reminders to late reviewers', () => {
  it('sends nothing while the due date is more than 3 days away', async () => {
    clock.set(at(6.9));
    expect(await remindReviewers(deps)).toEqual({ reminded: 0 });
  });

  it('within 3 days: each member with unsubmitted reviews once, in their language', async () => {
    clock.set(at(7.5));
    expect(await remindReviewers(deps)).toEqual({ reminded: 2 });
    const mails = await reminders();
    const to = Object.fromEntries(mails.map((m) => [m.toAddress, m]));
    expect(Object.keys(to).sort()).toEqual([w.reviewer.email, w.second.email].sort());
    expect(to[w.reviewer.email]!.locale).toBe('zh-CN');
    // R-GEN-COI: the count is of the queue: conflicted applications never count.
    expect(to[w.reviewer.email]!.subject).toContain('4');
    expect(to[w.second.email]!.subject).toBe('Reminder: 3 reviews due for PIFI fellows A');
    expect(await remindReviewers(deps)).toEqual({ reminded: 0 });
  });

  it('at most once every 2 days, also when overdue; never one with everything submitted', async () => {
    clock.set(at(9));
    expect(await remindReviewers(deps)).toEqual({ reminded: 0 });
    const assignments = await database.db
      .select()
      .from(reviewAssignments)
      .where(eq(reviewAssignments.memberId, w.second.memberId));
    const now = new Date(at(9));
    for (const a of assignments)
      await database.db.insert(reviews).values({
        assignmentId: a.id,
        status: 'submitted',
        startedAt: now,
        submittedAt: now,
        updatedAt: now,
      });
    clock.set(at(11.5));
    expect(await remindReviewers(deps)).toEqual({ reminded: 1 });
    const mails = await reminders();
    expect(mails.filter((m) => m.toAddress === w.second.email)).toHaveLength(1);
    expect(mails.filter((m) => m.toAddress === w.reviewer.email)).toHaveLength(2);
  });
});
