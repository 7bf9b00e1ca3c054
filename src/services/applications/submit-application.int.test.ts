import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { applications } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { earliestValidExamOn } from '@/domain/applications/physical-exam';
import { TestClock, testDeps } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import type { TDeps } from '../context';
import { getSubmitPage } from './get-submit-page';
import { completeCscDraft } from './submission.fixture';
import { submitApplication } from './submit-application';

// csc-2026 closes 2026-04-05: 24:00 Beijing time is 2026-04-05T16:00:00Z. A physical
// examination form dated exactly six months before that day is valid on it and too old on the
// next one (R-CSC-ELIG), so a submission judged partly on the next day is refused.
const ARRIVED = new Date('2026-04-05T15:59:59Z'); // 23:59:59 on 5 April, Beijing
const EXAM_ON = earliestValidExamOn('2026-04-05');

let database: TTestDatabase;
let deps: TDeps & { clock: TestClock };

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testDeps(database, { clock: new TestClock(new Date('2026-03-01T02:00:00Z')) });
  // The demo made on 10 January 2026 holds csc-2026 as the rules date it (demo-calls.ts).
  await seedDemo(database.db, new Date('2026-01-10T02:00:00Z'));
});
afterAll(async () => {
  await database.drop();
});

/** From here on the clock starts just past midnight and moves a second at every reading. */
function clockPastMidnightAndTicking() {
  deps.clock.set('2026-04-05T16:00:05Z');
  deps.clock.tickOnRead(1000);
}

describe('R-GEN-TIME: every rule of one submission uses the one instant it arrived', () => {
  it('the case is real: the same draft judged on 6 April lacks a valid physical examination form', async () => {
    deps.clock.tickOnRead(0);
    deps.clock.set('2026-03-01T02:00:00Z');
    const { actor, app } = await completeCscDraft(deps, {
      email: 'control@example.org',
      passportNumber: 'C1000001',
      examOn: EXAM_ON,
    });
    const onTheDay = await getSubmitPage(deps, actor, { applicationId: app.id, at: ARRIVED });
    expect(onTheDay.completeness.missingDocuments).toEqual([]);
    expect(onTheDay.completeness.isComplete).toBe(true);
    const dayAfter = await getSubmitPage(deps, actor, {
      applicationId: app.id,
      at: new Date('2026-04-05T16:00:05Z'),
    });
    expect(dayAfter.completeness.missingDocuments).toEqual(['physical_exam']);
  });

  it('arrived at 23:59:59, waited for its lock past midnight while the clock ran on: accepted, stamped with its arrival', async () => {
    deps.clock.tickOnRead(0);
    deps.clock.set('2026-03-01T02:00:00Z');
    const { actor, app } = await completeCscDraft(deps, {
      email: 'waited@example.org',
      passportNumber: 'C1000002',
      examOn: EXAM_ON,
    });
    clockPastMidnightAndTicking();
    const result = await submitApplication(
      deps,
      actor,
      { receivedAt: ARRIVED },
      {
        applicationId: app.id,
      },
    );
    deps.clock.tickOnRead(0);
    expect(result).toMatchObject({ ok: true, isNew: true });
    const [row] = await database.db.select().from(applications).where(eq(applications.id, app.id));
    expect(row?.status).toBe('submitted');
    expect(row?.submittedAt?.toISOString()).toBe(ARRIVED.toISOString());
    expect(row?.updatedAt.toISOString()).toBe(ARRIVED.toISOString());
  });

  it('without an arrival time the clock is read once, on entry, and that reading judges it all', async () => {
    deps.clock.tickOnRead(0);
    deps.clock.set('2026-03-01T02:00:00Z');
    const { actor, app } = await completeCscDraft(deps, {
      email: 'entry@example.org',
      passportNumber: 'C1000003',
      examOn: EXAM_ON,
    });
    deps.clock.set(ARRIVED.toISOString());
    deps.clock.tickOnRead(1000);
    const result = await submitApplication(deps, actor, {}, { applicationId: app.id });
    deps.clock.tickOnRead(0);
    expect(result).toMatchObject({ ok: true, isNew: true });
    const [row] = await database.db.select().from(applications).where(eq(applications.id, app.id));
    expect(row?.submittedAt?.toISOString()).toBe(ARRIVED.toISOString());
  });

  it('arrived at 00:00:00 on 6 April: refused past the deadline, and its page judged on that instant too', async () => {
    deps.clock.tickOnRead(0);
    deps.clock.set('2026-03-01T02:00:00Z');
    const { actor, app } = await completeCscDraft(deps, {
      email: 'late@example.org',
      passportNumber: 'C1000004',
      examOn: EXAM_ON,
    });
    clockPastMidnightAndTicking();
    const result = await submitApplication(
      deps,
      actor,
      { receivedAt: new Date('2026-04-05T16:00:00Z') },
      { applicationId: app.id },
    );
    deps.clock.tickOnRead(0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('past_deadline');
    expect(result.page.isPastDeadline).toBe(true);
    expect(result.page.completeness.missingDocuments).toEqual(['physical_exam']);
  });
});
