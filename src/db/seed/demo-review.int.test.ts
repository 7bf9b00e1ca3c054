import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listAssignments } from '@/db/repositories/assignment.repository';
import { listMembers } from '@/db/repositories/panel.repository';
import { applications, outboxEmails, panels, referees, roleAssignments, users } from '@/db/schema';
import { dayOpensAt, deadlineClosesAt } from '@/domain/dates';
import { PROGRAM_IDS } from '@/domain/programs';
import { conflictsOfMember } from '@/services/review/member-conflicts';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

import { planDemoCalls } from './demo-calls';
import { DEMO_PASSWORD } from './demo-data';
import {
  BGS_APPLICANT,
  DEMO_CHAIR_EMAIL,
  DEMO_REVIEWER_EMAIL,
  PIFI_FELLOWS,
  PIFI_PANEL_MEMBERS,
} from './demo-review-data';

// The demo's review stage (issue 11, "Done when"): submitted applications, a PIFI panel with
// the demo reviewer on it and one conflict among its files, so each demo user lands on real
// work. Checked on the three creation days the demo's own tests use, so the PIFI call is open
// whichever day `npm start` first runs.

describe.each([
  ['2026-12-02T02:00:00Z', '2026-12-02'],
  ['2027-06-20T02:00:00Z', '2027-06-20'],
  ['2027-12-02T02:00:00Z', '2027-12-02'],
])(`the demo's review stage, created at %s (${TEST_DB_KIND})`, (instant, today) => {
  let database: TTestDatabase;
  let t: TTestApp;
  const { current, intakeYear } = planDemoCalls(today);
  const pifiCall = current.find((c) => c.programId === 'pifi')!;

  beforeAll(async () => {
    database = await openTestDatabase();
    t = await createTestApp(database, { seed: true, clock: new TestClock(new Date(instant)) });
  });
  afterAll(async () => {
    await t?.app.close();
    await database?.drop();
  });

  const userId = async (email: string) => {
    const [u] = await database.db.select().from(users).where(eq(users.email, email));
    return u!.id;
  };
  const demoPanel = async () => {
    const rows = await database.db.select().from(panels).where(eq(panels.callId, pifiCall.id));
    expect(rows.map((p) => p.name)).toEqual([`PIFI ${intakeYear} panel`]);
    return rows[0]!;
  };

  it('every program has applications submitted inside its open call, before today', async () => {
    const rows = await database.db
      .select()
      .from(applications)
      .where(isNotNull(applications.submittedAt));
    for (const programId of PROGRAM_IDS) {
      const calls = current.filter((c) => c.programId === programId);
      const submitted = rows.filter((a) => calls.some((c) => c.id === a.callId));
      expect(submitted.length, programId).toBeGreaterThan(0);
      for (const a of submitted) {
        const call = calls.find((c) => c.id === a.callId)!;
        expect(a.submittedAt!.getTime()).toBeGreaterThanOrEqual(
          new Date(dayOpensAt(call.opensOn)).getTime(),
        );
        expect(a.submittedAt!.getTime()).toBeLessThanOrEqual(new Date(instant).getTime());
        expect(a.submittedAt!.getTime()).toBeLessThan(
          new Date(deadlineClosesAt(call.closesOn)).getTime(),
        );
        expect(a.receiptNumber).toMatch(new RegExp(`^JX-${intakeYear}-`));
      }
    }
    // This file's seed: the PIFI fellows under review (the screening seed adds one submitted
    // at UCAS), and BGS's one at BLCU.
    const pifi = rows.filter((a) => a.callId === pifiCall.id && a.status === 'under_review');
    expect(pifi).toHaveLength(PIFI_FELLOWS.length);
    const bgs = rows.filter((a) => a.programId === 'bgs');
    expect(bgs.map((a) => [a.hostId, a.status])).toEqual([['BLCU', 'submitted']]);
  });

  it('the PIFI panel has the demo reviewer and chair linked to their accounts, and two more reviewers', async () => {
    const panel = await demoPanel();
    expect(panel.requiredReviews).toBe(3);
    const members = await listMembers(database.db, panel.id);
    expect(members).toHaveLength(PIFI_PANEL_MEMBERS.length);
    for (const m of members) {
      expect(m.userId, m.email).toBe(await userId(m.email));
      expect(m.acceptedAt, m.email).not.toBeNull();
      // No invitation link exists: nobody needs one.
      expect(m.invitationTokenHash, m.email).toBeNull();
    }
    const roleOf = (email: string) => members.find((m) => m.email === email)?.role;
    expect(roleOf(DEMO_REVIEWER_EMAIL)).toBe('reviewer');
    expect(roleOf(DEMO_CHAIR_EMAIL)).toBe('chair');
    expect(members.filter((m) => m.role === 'reviewer')).toHaveLength(3);
    // What accepting grants: the review roles for PIFI, beside the demo's CAS-ANSO ones.
    const grants = await database.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.programId, 'pifi'));
    const holders = (role: string) =>
      grants
        .filter((g) => g.role === role)
        .map((g) => g.userId)
        .sort();
    const ids = async (...emails: string[]) => (await Promise.all(emails.map(userId))).sort();
    expect(holders('reviewer')).toEqual(
      await ids(...PIFI_PANEL_MEMBERS.filter((m) => m.role === 'reviewer').map((m) => m.email)),
    );
    expect(holders('panel_chair')).toEqual(await ids(DEMO_CHAIR_EMAIL));
    expect(holders('program_officer')).toEqual(await ids('program@demo.jiangxue.test'));
  });

  it('R-GEN-COI: the demo reviewer has exactly one conflict, the fellow who named them as referee, and is never assigned it', async () => {
    const panel = await demoPanel();
    const members = await listMembers(database.db, panel.id);
    const reviewer = members.find((m) => m.email === DEMO_REVIEWER_EMAIL)!;
    const [refereed] = await database.db
      .select({ applicationId: referees.applicationId })
      .from(referees)
      .where(eq(referees.email, DEMO_REVIEWER_EMAIL));
    const conflicts = await conflictsOfMember(database.db, reviewer);
    expect([...conflicts]).toEqual([[refereed!.applicationId, ['referee']]]);
    // The other reviewers and the chair have none.
    for (const m of members.filter((x) => x.id !== reviewer.id))
      expect([...(await conflictsOfMember(database.db, m))], m.email).toEqual([]);

    const assignments = await listAssignments(database.db, panel.id);
    const mine = assignments.filter((a) => a.memberId === reviewer.id);
    expect(mine).toHaveLength(PIFI_FELLOWS.length - 1);
    for (const a of mine) expect(conflicts.has(a.applicationId)).toBe(false);
  });

  it('R-REV-ASSIGN: every application the demo reviewer may see has its three reviewers; the conflicted one the two others', async () => {
    const panel = await demoPanel();
    const members = await listMembers(database.db, panel.id);
    const assignments = await listAssignments(database.db, panel.id);
    const chair = members.find((m) => m.role === 'chair')!;
    expect(assignments.some((a) => a.memberId === chair.id)).toBe(false);
    const [refereed] = await database.db
      .select({ applicationId: referees.applicationId })
      .from(referees)
      .where(eq(referees.email, DEMO_REVIEWER_EMAIL));
    const pifi = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.callId, pifiCall.id), eq(applications.status, 'under_review')));
    for (const { id } of pifi) {
      const reviewers = assignments.filter((a) => a.applicationId === id).map((a) => a.memberId);
      expect(new Set(reviewers).size).toBe(reviewers.length);
      expect(reviewers).toHaveLength(id === refereed!.applicationId ? 2 : 3);
      for (const r of reviewers) expect(members.find((m) => m.id === r)?.role).toBe('reviewer');
    }
    expect(assignments.every((a) => a.source === 'auto')).toBe(true);
    // The two other reviewers have submitted every review; the demo reviewer has started none.
    const demoReviewer = members.find((m) => m.email === DEMO_REVIEWER_EMAIL)!;
    for (const a of assignments)
      expect(a.isSubmitted, a.memberId).toBe(a.memberId !== demoReviewer.id);
  });

  it('the seed sends no email, and the panel rows tie to users who can sign in', async () => {
    const [mail] = await database.db.select({ n: count() }).from(outboxEmails);
    expect(mail?.n).toBe(0);
    const [verified] = await database.db
      .select({ n: count() })
      .from(users)
      .where(and(isNotNull(users.emailVerifiedAt)));
    const [all] = await database.db.select({ n: count() }).from(users);
    expect(verified?.n).toBe(all?.n);
  });

  it('the program officer finds the PIFI panel on the panels page, with the demo reviewer joined and the conflict listed', async () => {
    const panel = await demoPanel();
    const b = new Browser(t.app);
    await b.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    const list = await b.get('/staff/panels?lang=en');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/staff/panels/${panel.id}"`);
    expect(list.body).toContain(`PIFI ${intakeYear} panel`);
    const page = await b.get(`/staff/panels/${panel.id}?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Prof. Wang Lei');
    expect(page.body).not.toContain('>Invited<');
    expect(page.body).toContain('is a referee');
    expect(page.body).toContain('Tomasz Kowalski');
  });

  it('R-GEN-COI: the demo reviewer lands on the panel, declares, and finds the five assigned files; the conflicted one is absent and answers 404', async () => {
    const panel = await demoPanel();
    const [refereed] = await database.db
      .select({ applicationId: referees.applicationId })
      .from(referees)
      .where(eq(referees.email, DEMO_REVIEWER_EMAIL));
    const b = new Browser(t.app);
    await b.signIn(DEMO_REVIEWER_EMAIL, DEMO_PASSWORD);
    const home = await b.get('/review?lang=en');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`href="/review/panels/${panel.id}"`);
    const declaration = `/review/panels/${panel.id}/conflicts`;
    const list = await b.get(`${declaration}?lang=en`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('OKAFOR Amara Chiamaka');
    expect(list.body).not.toContain('KOWALSKI');
    const declared = await b.post(declaration, { none: '1' }, { csrfFrom: declaration });
    expect(declared.statusCode).toBe(303);
    const queue = await b.get(`/review/panels/${panel.id}?lang=en`);
    expect(queue.statusCode).toBe(200);
    const assigned = await listAssignments(database.db, panel.id);
    const reviewerId = (await listMembers(database.db, panel.id)).find(
      (m) => m.email === DEMO_REVIEWER_EMAIL,
    )!.id;
    const mine = assigned.filter((a) => a.memberId === reviewerId);
    expect(mine).toHaveLength(PIFI_FELLOWS.length - 1);
    for (const a of mine)
      expect(queue.body).toContain(`/review/panels/${panel.id}/applications/${a.applicationId}`);
    expect(queue.body).not.toContain(refereed!.applicationId);
    expect(queue.body).not.toContain('KOWALSKI');
    const hidden = await b.get(
      `/review/panels/${panel.id}/applications/${refereed!.applicationId}?lang=en`,
    );
    expect(hidden.statusCode).toBe(404);
    const open = await b.get(`/review/panels/${panel.id}/applications/${mine[0]!.applicationId}`);
    expect(open.statusCode).toBe(200);
  });

  it('each seeded applicant can sign in and open their application and its status', async () => {
    for (const person of [PIFI_FELLOWS[0]!, BGS_APPLICANT]) {
      const b = new Browser(t.app);
      await b.signIn(person.email, DEMO_PASSWORD);
      const [app] = await database.db
        .select()
        .from(applications)
        .where(eq(applications.applicantUserId, await userId(person.email)));
      for (const url of [`/applications/${app!.id}`, `/applications/${app!.id}/status`]) {
        const res = await b.get(`${url}?lang=en`);
        expect(res.statusCode, `${person.email} ${url}`).toBe(200);
        expect(res.body).toContain(app!.receiptNumber!);
      }
    }
  });
});
