import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertNomination } from '@/db/repositories/nomination.repository';
import { applicationReturns, applications, auditLog } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { completeCscDraft } from '@/services/applications/submission.fixture';
import { mailsTo } from '@/services/referees/referee.fixture';
import { createStaff } from '@/services/screening/screening.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

// csc-2026 (UCAS) closes 5 April 2026; screening happens after, when the application is locked.
const APPLICANT = 'returned@example.org';
const OFFICER = 'admissions@demo.jiangxue.test';

let database: TTestDatabase;
let t: TTestApp;
let appId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, {
    seed: true,
    clock: new TestClock(new Date('2026-01-10T02:00:00Z')),
  });
  t.clock.set('2026-03-01T02:00:00Z');
  const { app } = await completeCscDraft(t.deps, {
    email: APPLICANT,
    passportNumber: 'R1000001',
    examOn: '2026-02-20',
  });
  appId = app.id;
  const b = await signedIn(APPLICANT);
  const submitted = await b.post(
    `/applications/${appId}/submit`,
    {},
    {
      csrfFrom: `/applications/${appId}/submit`,
    },
  );
  expect(submitted.statusCode).toBe(303);
  const authority = await createStaff(database.db, t.clock.now(), {
    email: 'authority@example.org',
    role: 'dispatching_authority',
    countryCode: 'VN',
    agencyNumber: '10610',
  });
  await insertNomination(database.db, {
    applicationId: appId,
    decision: 'nominated',
    reason: 'Nominated',
    countryCode: 'VN',
    agencyNumber: '10610',
    decidedByUserId: authority,
    decidedAt: t.clock.now(),
  });
  t.clock.set('2026-04-10T02:00:00Z'); // the call closed on 5 April: the application is locked
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
  return b;
}

async function row() {
  const [r] = await database.db.select().from(applications).where(eq(applications.id, appId));
  return r!;
}

async function returnFor(dueOn: string, correction = 'Upload the notarised diploma, not a photo.') {
  const officer = await signedIn(OFFICER);
  return officer.post(
    `/staff/screening/${appId}/return`,
    { correction, dueOn },
    { csrfFrom: `/staff/screening/${appId}` },
  );
}

describe('R-GEN-EDIT: return for a named correction with a new short deadline', () => {
  it('R-GEN-EDIT: the new deadline must be after today and short; the error is beside the field and the correction typed is kept', async () => {
    const past = await returnFor('2026-04-10');
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('href="#dueOn"');
    expect(past.body).toContain('must be after today');
    expect(past.body).toContain('Upload the notarised diploma, not a photo.');
    const far = await returnFor('2026-05-20');
    expect(far.body).toContain('at most 30 days');
    const bad = await returnFor('2026-02-30');
    expect(bad.body).toContain('real date');
    expect((await row()).status).toBe('submitted');
  });

  it('R-GEN-EDIT: returned: audited, the applicant emailed the correction and the new deadline in Beijing time', async () => {
    const res = await returnFor('2026-04-15');
    expect(res.statusCode).toBe(303);
    expect((await row()).status).toBe('returned');
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'screening.returned'));
    expect(audit?.before).toEqual({ status: 'submitted' });
    expect(audit?.after).toMatchObject({ status: 'returned', dueAt: '2026-04-15T16:00:00.000Z' });
    const [mail] = await mailsTo(database.db, APPLICANT, 'screening_returned');
    expect(mail?.textBody).toContain('Upload the notarised diploma, not a photo.');
    expect(mail?.textBody).toContain('15 Apr 2026');
    expect(mail?.textBody).toContain('Beijing time');
  });

  it('R-GEN-EDIT: the applicant sees the correction and deadline, edits and resubmits before it; it goes back to the host’s queue', async () => {
    const b = await signedIn(APPLICANT);
    const overview = await b.get(`/applications/${appId}`);
    expect(overview.body).toContain('A correction is asked for');
    expect(overview.body).toContain('Upload the notarised diploma, not a photo.');
    expect(overview.body).toContain('15 Apr 2026');
    const saved = await b.post(
      `/applications/${appId}/sections/host`,
      { department: 'College of Earth Sciences', subject: 'Hydrology' },
      { csrfFrom: `/applications/${appId}/sections/host` },
    );
    expect(saved.statusCode).toBe(303);
    expect((await row()).answers.host?.department).toBe('College of Earth Sciences');
    t.clock.set('2026-04-15T15:59:59Z'); // 23:59:59 on 15 April, Beijing
    const again = await signedIn(APPLICANT);
    const submitted = await again.post(
      `/applications/${appId}/submit`,
      {},
      {
        csrfFrom: `/applications/${appId}/submit`,
      },
    );
    expect(submitted.statusCode).toBe(303);
    const r = await row();
    expect(r.status).toBe('submitted');
    expect(r.submittedAt?.toISOString()).toBe('2026-03-01T02:00:00.000Z');
    const [ret] = await database.db
      .select()
      .from(applicationReturns)
      .where(eq(applicationReturns.applicationId, appId));
    expect(ret?.resubmittedAt?.toISOString()).toBe('2026-04-15T15:59:59.000Z');
    const officer = await signedIn(OFFICER);
    const queue = await officer.get('/staff/screening?status=submitted');
    expect(queue.body).toContain(`/staff/screening/${appId}`);
  });

  it('R-GEN-EDIT: after the new deadline the returned application locks again: edits and resubmission refused', async () => {
    t.clock.set('2026-04-16T02:00:00Z');
    expect((await returnFor('2026-04-18', 'Add the HSK report.')).statusCode).toBe(303);
    t.clock.set('2026-04-18T16:00:00Z'); // 24:00 on 18 April, Beijing
    const b = await signedIn(APPLICANT);
    const saved = await b.post(
      `/applications/${appId}/sections/host`,
      { department: 'Too late', subject: 'Hydrology' },
      { csrfFrom: `/applications/${appId}/sections/host` },
    );
    expect(saved.statusCode).not.toBe(303);
    expect((await row()).answers.host?.department).toBe('College of Earth Sciences');
    // The locked page offers no submit form: a page kept open from before posts anyway.
    const submitted = await b.post(`/applications/${appId}/submit`, {});
    expect(submitted.statusCode).toBe(409);
    expect((await row()).status).toBe('returned');
    // Locked again, the application is the officer's once more.
    const officer = await signedIn(OFFICER);
    const marked = await officer.post(
      `/staff/screening/${appId}/incomplete`,
      { incompleteReason: 'The HSK report was not added by the deadline.' },
      { csrfFrom: `/staff/screening/${appId}` },
    );
    expect(marked.statusCode).toBe(303);
    expect((await row()).status).toBe('incomplete');
  });
});
