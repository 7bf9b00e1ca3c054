import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, calls, interviews, panelApplications, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { submitReview } from '@/services/ranking/ranking.fixture';
import {
  addMember,
  addPanelApplication,
  createPanel,
  declareConflict,
} from '@/services/review/panel.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
const now = new Date('2026-03-10T02:00:00Z');
const app: Record<string, string> = {};
let panelId = '';
let otherPanelId = '';

const rubric = [
  { id: 'overall', min: 0, max: 100, weight: 1, label: { en: 'Overall', zh: '总体' } },
];

async function userId(email: string) {
  const [row] = await database.db.select().from(users).where(eq(users.email, email));
  return row!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  const db = database.db;
  const [call] = await db.select().from(calls).where(eq(calls.programId, 'cas-anso'));
  const panel = await createPanel(db, now, {
    callId: call!.id,
    track: 'doctoral',
    name: 'Physics panel',
    rubric: rubric as never,
    requiredReviews: 3,
  });
  panelId = panel.id;
  otherPanelId = (await createPanel(db, now, { callId: call!.id, track: 'master', name: 'Other' }))
    .id;
  const reviewers = await Promise.all(
    ['r1', 'r2', 'r3'].map((r) =>
      addMember(db, now, panelId, { email: `${r}@uni.edu`, institution: `Uni ${r}` }),
    ),
  );
  const chair = await addMember(db, now, panelId, {
    email: 'chair@demo.jiangxue.test',
    institution: 'Chair Institute',
    role: 'chair',
    userId: await userId('chair@demo.jiangxue.test'),
  });
  await addMember(db, now, otherPanelId, {
    email: 'reviewer@demo.jiangxue.test',
    institution: 'Elsewhere',
    role: 'chair',
    userId: await userId('reviewer@demo.jiangxue.test'),
  });
  // name → [scores by r1, r2, r3]; "hidden" is the chair's declared conflict.
  const plan: Record<string, number[]> = {
    Alpha: [60, 85, 70],
    Bravo: [80, 80, 80],
    Hidden: [90, 90, 90],
    Short: [70, 75],
  };
  for (const [name, scores] of Object.entries(plan)) {
    const { userId: applicant } = await createApplicant(db, now, {
      email: `${name.toLowerCase()}@applicant.test`,
      displayName: `${name} Applicant`,
    });
    const a = await createApplication(db, now, {
      userId: applicant,
      callId: call!.id,
      programId: 'cas-anso',
      track: 'doctoral',
      status: 'under_review',
      submittedAt: now,
    });
    app[name] = a.id;
    await addPanelApplication(db, now, panelId, a.id);
    for (const [i, s] of scores.entries())
      await submitReview(db, now, panelId, a.id, reviewers[i]!.id, { overall: s });
  }
  await declareConflict(db, now, chair.id, app.Hidden!);
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

const signedIn = async (email: string) => {
  const b = new Browser(t.app);
  await b.signIn(email, DEMO_PASSWORD);
  return b;
};
const ranking = () => `/staff/panels/${panelId}/ranking`;

describe('the ranking page (issue 11 point 6)', () => {
  it('R-REV-NORM: the officer sees raw and normalised side by side, to 2 decimals; R-REV-FLAG in words', async () => {
    const b = await signedIn('program@demo.jiangxue.test');
    const page = await b.get(ranking());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Raw</th><th scope="col">Normalised');
    // Alpha: raw 215/3 = 71.67, spread 25 → flagged; Hidden first (officers see everything).
    expect(page.body).toContain('71.67');
    expect(page.body).toContain('Flagged: reviewers disagree by 25 points or more');
    expect(page.body).toContain('3 applications ranked.');
    expect(page.body.indexOf('Hidden Applicant')).toBeLessThan(
      page.body.indexOf('Bravo Applicant'),
    );
    expect(page.body).toContain('2 of 3 reviews');
  });

  it('R-GEN-COI: the chair sees neither the conflicted row nor its count nor its export line; its URLs 404', async () => {
    const b = await signedIn('chair@demo.jiangxue.test');
    const page = await b.get(ranking());
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Hidden Applicant');
    expect(page.body).not.toContain(app.Hidden);
    expect(page.body).toContain('2 applications ranked.');
    const csv = await b.get(`${ranking()}/export?format=csv`);
    expect(csv.body).not.toContain('Hidden');
    const xlsx = await b.get(`${ranking()}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const names = book.worksheets[0]!.getColumn(2).values;
    expect(names).not.toContain('Hidden Applicant');
    const adjust = await b.post(
      `${ranking()}/adjustment`,
      { applicationId: app.Hidden!, adjustment: '1', reason: 'A reason long enough' },
      { csrfFrom: ranking() },
    );
    expect(adjust.statusCode).toBe(404);
  });

  it('R-REV-RANK: another panel’s chair gets 404, and so does a reviewer-only member', async () => {
    const b = await signedIn('reviewer@demo.jiangxue.test');
    expect((await b.get(ranking())).statusCode).toBe(404);
    expect((await b.get(`${ranking()}/export?format=csv`)).statusCode).toBe(404);
    expect((await b.get(`/staff/panels/${otherPanelId}/ranking`)).statusCode).toBe(200);
  });

  it('R-REV-FLAG: an adjustment requires a written reason; then it is saved, audited and shown beside the score', async () => {
    const b = await signedIn('chair@demo.jiangxue.test');
    const none = await b.post(
      `${ranking()}/adjustment`,
      { applicationId: app.Alpha!, adjustment: '-2.50', reason: '' },
      { csrfFrom: ranking() },
    );
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Write the reason');
    const bad = await b.post(
      `${ranking()}/adjustment`,
      { applicationId: app.Alpha!, adjustment: '2.555', reason: 'Strong proposal' },
      { csrfFrom: ranking() },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a signed amount');
    const ok = await b.post(
      `${ranking()}/adjustment`,
      { applicationId: app.Alpha!, adjustment: '+10.25', reason: 'Outstanding proposal' },
      { csrfFrom: ranking() },
    );
    expect(ok.statusCode).toBe(303);
    const [row] = await database.db
      .select()
      .from(panelApplications)
      .where(eq(panelApplications.applicationId, app.Alpha!));
    expect(row?.adjustmentCentipoints).toBe(1025);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'ranking.adjusted'));
    expect(audit?.reason).toBe('Outstanding proposal');
    const page = await b.get(ranking());
    // 215/3 + 10.25 = 81.9166… → 81.92, now above Bravo's 80.
    expect(page.body).toContain('81.92');
    expect(page.body).toContain('(Outstanding proposal)');
    expect(page.body.indexOf('Alpha Applicant')).toBeLessThan(page.body.indexOf('Bravo Applicant'));
  });

  it('R-REV-SCORE: an officer closes an incomplete application with fewer reviews, with a reason, audited', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const refused = await chair.post(
      `${ranking()}/${app.Short}/close`,
      { [`close-reason-${app.Short}`]: 'Reviewer withdrew' },
      { csrfFrom: ranking() },
    );
    // The chair may not close (R-REV-SCORE: an officer's act): refused at the route.
    expect(refused.statusCode).toBe(403);
    const b = await signedIn('program@demo.jiangxue.test');
    const empty = await b.post(`${ranking()}/${app.Short}/close`, {}, { csrfFrom: ranking() });
    expect(empty.statusCode).toBe(400);
    const ok = await b.post(
      `${ranking()}/${app.Short}/close`,
      { [`close-reason-${app.Short}`]: 'The third reviewer withdrew' },
      { csrfFrom: ranking() },
    );
    expect(ok.statusCode).toBe(303);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'ranking.closed_with_fewer'));
    expect(audit?.reason).toBe('The third reviewer withdrew');
    const page = await b.get(ranking());
    expect(page.body).toContain('4 applications ranked.');
    expect(page.body).toContain('72.50');
  });

  it('R-REV-RANK: CSV is UTF-8 with a BOM, the page’s columns and 2-decimal scores; XLSX the same', async () => {
    const b = await signedIn('program@demo.jiangxue.test');
    const csv = await b.get(`${ranking()}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Applicant,Raw,Median,Spread,Normalised,Interview,Adjustment,Reason for the adjustment,Final,For discussion,Reviews',
    );
    expect(lines).toContain(
      '2,Alpha Applicant,71.67,70.00,25.00,' +
        lines.find((l) => l.includes('Alpha'))!.split(',')[5] +
        ',,10.25,Outstanding proposal,81.92,Yes,3',
    );
    const xlsx = await b.get(`${ranking()}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...lines[0]!.split(',')]);
    expect(sheet.rowCount).toBe(lines.length);
  });

  it('R-REV-RANK: an interview score joins as one more criterion: (n·basis + interview)/(n + 1)', async () => {
    await database.db.insert(interviews).values({
      panelId,
      applicationId: app.Bravo!,
      tokenHash: 'test-token-hash-bravo',
      invitedAt: now,
      scoreCentipoints: 9050,
      scoredAt: now,
    });
    const b = await signedIn('program@demo.jiangxue.test');
    const page = await b.get(ranking());
    // One criterion: (1·80 + 90.50)/2 = 85.25, shown beside the interview's 90.50.
    expect(page.body).toContain('90.50');
    expect(page.body).toContain('85.25');
    await database.db.delete(interviews).where(eq(interviews.applicationId, app.Bravo!));
  });
});
