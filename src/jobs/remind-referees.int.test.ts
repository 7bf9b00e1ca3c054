import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, outboxEmails } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import type { TDeps } from '@/services/context';
import { inviteReferee } from '@/services/referees/invite-referee';
import { mailsTo, refereeByEmail } from '@/services/referees/referee.fixture';
import { submitLetter } from '@/services/referees/submit-letter';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { TestClock, testDeps } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { remindReferees } from './remind-referees.handler';

let database: TTestDatabase;
let deps: TDeps;
let appId: string;
// The demo was created on 10 January 2026, when its csc-2026 call runs 2026-01-05 → 2026-04-05
// (demo-calls.ts): 24:00 Beijing time is 2026-04-05T16:00:00Z. The 7-day reminder is due from
// 2026-03-29T16:00:00Z, the 2-day one from 2026-04-03T16:00:00Z.
const SEEDED_AT = new Date('2026-01-10T02:00:00Z');
const clock = new TestClock(new Date('2026-03-01T02:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testDeps(database, { clock });
  await seedDemo(database.db, SEEDED_AT);
  const amina = await createApplicant(database.db, clock.now(), {
    email: 'amina@example.org',
    displayName: 'Amina Yusuf',
    password: 'not-used-here-0123',
  });
  appId = (
    await createApplication(database.db, clock.now(), {
      userId: amina.userId,
      callId: 'csc-2026',
      programId: 'csc',
      track: 'doctoral',
    })
  ).id;
  for (const [email, locale] of [
    ['waiting@example.edu', 'zh-CN'],
    ['done@example.edu', 'en'],
  ] as const) {
    const result = await inviteReferee(
      deps,
      amina.actor,
      {},
      {
        applicationId: appId,
        referee: { name: `Prof. ${email}`, title: 'Professor', institution: 'CAS', email, locale },
      },
    );
    expect(result.ok).toBe(true);
  }
  const done = await refereeByEmail(database.db, appId, 'done@example.edu');
  await submitLetter(
    deps,
    { kind: 'referee', letterId: done.id },
    {},
    {
      kind: 'text',
      text: 'A letter already in.',
    },
  );
});
afterAll(async () => {
  await database.drop();
});

async function reminders(to: string) {
  return mailsTo(database.db, to, 'referee_reminder');
}

describe('referee reminders, 7 and 2 days before the deadline, once each', () => {
  it('nothing is sent before the 7-day mark', async () => {
    clock.set('2026-03-29T15:59:59Z');
    expect((await remindReferees(deps)).reminded).toBe(0);
  });

  it('7 days before: one reminder, in the referee’s language, to the referee still owing a letter', async () => {
    clock.set('2026-03-30T01:00:00Z');
    // Two runs at once (two servers, or a retry) still send one reminder.
    const [first, second] = await Promise.all([remindReferees(deps), remindReferees(deps)]);
    expect(first.reminded + second.reminded).toBe(1);
    const [mail, ...more] = await reminders('waiting@example.edu');
    expect(more).toHaveLength(0);
    expect(mail?.locale).toBe('zh-CN');
    expect(mail?.subject).toBe('提醒：Amina Yusuf的推荐信将在7天后截止');
    expect(mail?.textBody).toContain('2026年4月5日 24:00（北京时间，UTC+8）');
    expect(mail?.textBody).toContain('2026年3月1日');
    // The token exists only in the invitation: a reminder carries no link.
    expect(mail?.textBody).not.toMatch(/\/r\//);
    expect(mail?.relatedId).toBe(appId);
    expect(await reminders('done@example.edu')).toHaveLength(0);
    const row = await refereeByEmail(database.db, appId, 'waiting@example.edu');
    expect(row.remindedAt?.toISOString()).toBe('2026-03-30T01:00:00.000Z');
  });

  it('the next daily runs send nothing more until the 2-day mark', async () => {
    for (const at of ['2026-03-30T01:00:00Z', '2026-03-31T01:00:00Z', '2026-04-03T15:59:59Z']) {
      clock.set(at);
      expect((await remindReferees(deps)).reminded, at).toBe(0);
    }
    expect(await reminders('waiting@example.edu')).toHaveLength(1);
  });

  it('2 days before: the second and last reminder', async () => {
    clock.set('2026-04-04T01:00:00Z');
    expect((await remindReferees(deps)).reminded).toBe(1);
    expect((await remindReferees(deps)).reminded).toBe(0);
    const all = await reminders('waiting@example.edu');
    expect(all).toHaveLength(2);
    expect(all[1]?.subject).toBe('提醒：Amina Yusuf的推荐信将在2天后截止');
    clock.set('2026-04-05T15:00:00Z');
    expect((await remindReferees(deps)).reminded).toBe(0);
    clock.set('2026-04-06T01:00:00Z');
    expect((await remindReferees(deps)).reminded).toBe(0);
  });

  it('each reminder is audited as the job’s doing', async () => {
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'referee.reminded'));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.actorKind === 'system')).toBe(true);
    const total = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.template, 'referee_reminder'));
    expect(total).toHaveLength(2);
  });
});
