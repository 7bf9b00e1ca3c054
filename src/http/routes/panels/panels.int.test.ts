import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertReferee } from '@/db/repositories/referee.repository';
import {
  auditLog,
  calls,
  panelMembers,
  panels,
  reviewAssignments,
  reviews,
  roleAssignments,
  users,
} from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { defaultRubric } from '@/domain/review/panels';
import type { TActor } from '@/policies/actor';
import { buildPanel } from '@/services/panels/build-panel';
import { runAssignment } from '@/services/panels/run-assignment';
import { mailsTo } from '@/services/referees/referee.fixture';
import { declareConflict } from '@/services/review/panel.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { formFields } from '@/test-support/form-fields';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let pifiCall = '';
let admin: TActor;
const PO = 'program@demo.jiangxue.test';
const ADMIN = 'admin@demo.jiangxue.test';
const ANSO_OFFICER = 'anso.officer@example.org';

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  const [pifi] = await database.db.select().from(calls).where(eq(calls.programId, 'pifi'));
  pifiCall = pifi!.id;
  const [a] = await database.db.select().from(users).where(eq(users.email, ADMIN));
  admin = {
    kind: 'user',
    userId: a!.id,
    email: ADMIN,
    isEmailVerified: true,
    roles: [{ role: 'administrator', programId: null, institutionId: null }],
  };
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function signedIn(email: string, locale: 'en' | 'zh-CN' = 'en') {
  const b = new Browser(t.app);
  await b.signIn(email, DEMO_PASSWORD);
  await b.post('/account/language', { locale });
  return b;
}

const now = () => t.clock.now();
const edu = (institution: string) => ({
  education: { edu_0_institution: institution, edu_0_to: '' },
});
let n = 0;
async function pifiApplication(email: string, answers: object) {
  const { userId } = await createApplicant(database.db, now(), { email });
  n += 1;
  return createApplication(database.db, now(), {
    userId,
    callId: pifiCall,
    programId: 'pifi',
    track: 'fellow',
    status: 'under_review',
    submittedAt: now(),
    receiptNumber: `PIFI-T-${String(n).padStart(4, '0')}`,
    answers: answers as never,
  });
}

const PANEL = {
  track: 'fellow',
  discipline: null,
  rubric: defaultRubric('pifi'),
  requiredReviews: 1,
  normalise: true,
  hasInterviews: false,
  reviewsDueOn: '2026-06-30',
};
const reviewer = (email: string, institution: string, over: object = {}) => ({
  displayName: email.split('@')[0]!,
  email,
  institution,
  disciplines: ['health'],
  capacity: 5,
  role: 'reviewer' as const,
  locale: 'en' as const,
  ...over,
});

async function assignmentsOf(panelId: string) {
  return database.db.select().from(reviewAssignments).where(eq(reviewAssignments.panelId, panelId));
}

describe('officers build panels (R-REV-SCORE)', () => {
  const custom = {
    callId: 'cas-anso-2026-ucas',
    track: 'phd',
    name: 'Physics PhD panel',
    discipline: 'Physics',
    requiredReviews: '3',
    reviewsDueOn: '2026-05-31',
    rows: '3',
    crit_0_id: 'research_plan',
    crit_0_labelEn: 'Research plan',
    crit_0_labelZh: '研究计划',
    crit_0_min: '5',
    crit_0_max: '2',
    crit_0_weight: '2',
  };

  it('bad input: errors beside the fields in English and Chinese, values kept, nothing saved', async () => {
    const b = await signedIn(PO);
    const csrfFrom = '/staff/panels/new?call=cas-anso-2026-ucas';
    expect((await b.get(csrfFrom)).statusCode).toBe(200);
    const en = await b.post('/staff/panels', { ...custom, name: '' }, { csrfFrom });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('Enter the panel’s name');
    expect(en.body).toContain('The highest score must be above the lowest');
    expect(en.body).toContain('href="#crit_0_max"');
    expect(en.body).toContain('value="research_plan"');
    expect(en.body).toContain('value="研究计划"');
    const zh = await signedIn(PO, 'zh-CN');
    const res = await zh.post('/staff/panels', { ...custom, crit_0_weight: '0' }, { csrfFrom });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('最高分必须大于最低分');
    expect(res.body).toContain('请输入大于0的权重');
    expect(res.body).toContain('value="Physics PhD panel"');
    // Note: the demo's own PIFI panel is there from the seed; none on this call.
    expect(
      await database.db.select().from(panels).where(eq(panels.callId, 'cas-anso-2026-ucas')),
    ).toHaveLength(0);
  });

  it('a good custom rubric is saved and audited; an edit from an old version is refused (409) keeping what was typed', async () => {
    const b = await signedIn(PO);
    const csrfFrom = '/staff/panels/new?call=cas-anso-2026-ucas';
    const ok = await b.post(
      '/staff/panels',
      { ...custom, crit_0_min: '1', crit_0_max: '10' },
      { csrfFrom },
    );
    expect(ok.statusCode).toBe(303);
    const id = /\/staff\/panels\/([0-9a-f-]{36})/.exec(String(ok.headers.location))![1]!;
    const [row] = await database.db.select().from(panels).where(eq(panels.id, id));
    expect(row?.rubric).toEqual([
      {
        id: 'research_plan',
        min: 1,
        max: 10,
        weight: 2,
        label: { en: 'Research plan', zh: '研究计划' },
      },
    ]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'panel.created'), eq(auditLog.entityId, id)));
    expect(audit?.actorKind).toBe('user');

    const edit = await b.get(`/staff/panels/${id}/edit`);
    const fields: Record<string, string> = { ...formFields(edit.body), track: 'phd' };
    expect(fields.version).toBe('1');
    const first = await b.post(
      `/staff/panels/${id}/edit`,
      { ...fields, requiredReviews: '2' },
      { csrfFrom: `/staff/panels/${id}/edit` },
    );
    expect(first.statusCode).toBe(303);
    const second = await b.post(
      `/staff/panels/${id}/edit`,
      { ...fields, name: 'Renamed by me' },
      { csrfFrom: `/staff/panels/${id}/edit` },
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Someone else saved this panel');
    expect(second.body).toContain('value="Renamed by me"');
  });

  it('another program’s officer gets 404 on a PIFI panel; an applicant 403 on the list', async () => {
    const built = await buildPanel(
      t.deps,
      admin,
      {},
      { callId: pifiCall, panel: { ...PANEL, name: 'Hidden PIFI' }, members: [] },
    );
    // The demo's program officer holds PIFI too (demo-review.ts): a CAS-ANSO-only one here.
    const { userId } = await createApplicant(database.db, now(), { email: ANSO_OFFICER });
    await database.db.insert(roleAssignments).values({
      userId,
      role: 'program_officer',
      programId: 'cas-anso',
      institutionId: null,
      createdAt: now(),
    });
    const po = await signedIn(ANSO_OFFICER);
    expect((await po.get(`/staff/panels/${built.panelId}`)).statusCode).toBe(404);
    expect((await po.get(`/staff/panels/new?call=${pifiCall}`)).statusCode).toBe(404);
    expect((await po.get('/staff/panels')).body).not.toContain('Hidden PIFI');
    const applicant = await signedIn('applicant@demo.jiangxue.test');
    expect((await applicant.get('/staff/panels')).statusCode).toBe(403);
    const staff = await po.get('/staff');
    expect(staff.body).toContain('href="/staff/panels"');
  });
});

describe('invitations', () => {
  let panelId = '';
  beforeAll(async () => {
    panelId = (
      await buildPanel(
        t.deps,
        admin,
        {},
        { callId: pifiCall, panel: { ...PANEL, name: 'Invite panel' }, members: [] },
      )
    ).panelId;
  });

  it('the email is in the member’s language; the link makes a verified account, signs in and joins; used again it is refused', async () => {
    const b = await signedIn(ADMIN);
    const res = await b.post(
      `/staff/panels/${panelId}/members`,
      {
        displayName: 'Li Wei',
        email: 'Li.Wei@Example.edu',
        institution: 'Peking University',
        disciplines: 'health, energy',
        capacity: '4',
        role: 'reviewer',
        locale: 'zh-CN',
      },
      { csrfFrom: `/staff/panels/${panelId}` },
    );
    expect(res.statusCode).toBe(303);
    const [mail] = await mailsTo(database.db, 'li.wei@example.edu', 'panel_invitation');
    expect(mail?.subject).toBe('评审邀请：Invite panel');
    const token = /\/review\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
    const [member] = await database.db
      .select()
      .from(panelMembers)
      .where(eq(panelMembers.email, 'li.wei@example.edu'));
    expect(member?.invitationTokenHash).not.toContain(token);
    expect(member?.disciplines).toEqual(['health', 'energy']);

    const guest = new Browser(t.app);
    const link = `/review/invitations/${token}`;
    const form = await guest.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('li.wei@example.edu');
    const short = await guest.post(
      link,
      { displayName: 'Li Wei', password: 'short' },
      { csrfFrom: link },
    );
    expect(short.statusCode).toBe(400);
    const joined = await guest.post(
      link,
      { displayName: 'Li Wei', password: 'a-long-password-1' },
      { csrfFrom: link },
    );
    expect(joined.statusCode).toBe(303);
    expect(joined.headers.location).toBe('/review');
    const account = await guest.get('/account');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('li.wei@example.edu');
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'li.wei@example.edu'));
    expect(user?.emailVerifiedAt).not.toBeNull();
    const roles = await database.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, user!.id));
    expect(roles.map((r) => [r.role, r.programId])).toEqual([['reviewer', 'pifi']]);
    const [after] = await database.db
      .select()
      .from(panelMembers)
      .where(eq(panelMembers.id, member!.id));
    expect(after?.userId).toBe(user!.id);
    expect(after?.acceptedAt).not.toBeNull();

    const again = await new Browser(t.app).get(link);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This invitation has already been used');
  });

  it('an existing account signs in first and comes back to accept; a resent invitation replaces the old link', async () => {
    const b = await signedIn(ADMIN);
    await b.post(
      `/staff/panels/${panelId}/members`,
      {
        displayName: 'Demo',
        email: 'applicant@demo.jiangxue.test',
        institution: 'Somewhere',
        disciplines: '',
        capacity: '3',
        role: 'chair',
        locale: 'en',
      },
      { csrfFrom: `/staff/panels/${panelId}` },
    );
    const [member] = await database.db
      .select()
      .from(panelMembers)
      .where(
        and(
          eq(panelMembers.panelId, panelId),
          eq(panelMembers.email, 'applicant@demo.jiangxue.test'),
        ),
      );
    const resend = await b.post(
      `/staff/panels/${panelId}/members/${member!.id}/resend`,
      {},
      { csrfFrom: `/staff/panels/${panelId}` },
    );
    expect(resend.statusCode).toBe(303);
    const mails = await mailsTo(database.db, 'applicant@demo.jiangxue.test', 'panel_invitation');
    expect(mails).toHaveLength(2);
    const tokenOf = (i: number) =>
      /\/review\/invitations\/([A-Za-z0-9_-]{43})/.exec(mails[i]!.textBody)![1]!;
    const old = await new Browser(t.app).get(`/review/invitations/${tokenOf(0)}`);
    expect(old.statusCode).toBe(404);
    expect(old.body).toContain('a newer invitation has replaced it');

    const link = `/review/invitations/${tokenOf(1)}`;
    const guest = new Browser(t.app);
    const first = await guest.get(link);
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/sign-in?next=${encodeURIComponent(link)}`);
    const signIn = await guest.post(
      '/sign-in',
      { email: 'applicant@demo.jiangxue.test', password: DEMO_PASSWORD, next: link },
      { csrfFrom: String(first.headers.location) },
    );
    expect(signIn.headers.location).toBe(link);
    const confirm = await guest.get(link);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Join the panel');
    const accepted = await guest.post(link, {}, { csrfFrom: link });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe('/review');
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'applicant@demo.jiangxue.test'));
    const roles = await database.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, user!.id));
    expect(roles.map((r) => r.role).sort()).toEqual(['applicant', 'panel_chair']);
  });
});

describe('assignment (R-REV-ASSIGN, R-GEN-COI)', () => {
  it('R-GEN-COI: auto-assignment never assigns a conflicted reviewer, one test per path, and respects capacity', async () => {
    const apps = {
      referee: await pifiApplication('ref@uni-a.edu', edu('Uni A')),
      institution: await pifiApplication(
        'inst@gmail.com',
        edu('University of Chinese Academy of Sciences'),
      ),
      domain: await pifiApplication('dom@dept.ustc.edu.cn', edu('Somewhere Else')),
      supervisor: await pifiApplication('sup@uni-b.edu', {
        ...edu('Uni B'),
        host: { supervisorEmail: 'Sup.Prof@tsinghua.edu.cn' },
      }),
      declared: await pifiApplication('dec@uni-c.edu', edu('Uni C')),
    };
    await insertReferee(database.db, {
      applicationId: apps.referee.id,
      name: 'R',
      title: 'Prof',
      institution: 'PKU',
      email: 'referee.prof@pku.edu.cn',
      locale: 'en',
      tokenHash: 'panel-test-h1',
      invitedAt: now(),
      createdAt: now(),
    });
    const culprits = {
      referee: reviewer('referee.prof@pku.edu.cn', 'Peking University'),
      institution: reviewer('inst.rev@gmail.com', 'UCAS'),
      domain: reviewer('dom.rev@ustc.edu.cn', 'Other place'),
      supervisor: reviewer('sup.prof@tsinghua.edu.cn', 'Tsinghua'),
      declared: reviewer('dec.rev@fudan.edu.cn', 'Fudan'),
    };
    const built = await buildPanel(
      t.deps,
      admin,
      {},
      {
        callId: pifiCall,
        panel: { ...PANEL, name: 'Conflict panel', requiredReviews: 5 },
        members: [
          ...Object.values(culprits),
          reviewer('small@zju.edu.cn', 'Zhejiang University', { capacity: 2 }),
        ],
      },
    );
    const members = await database.db
      .select()
      .from(panelMembers)
      .where(eq(panelMembers.panelId, built.panelId));
    const memberOf = (email: string) => members.find((m) => m.email === email)!.id;
    await declareConflict(database.db, now(), memberOf(culprits.declared.email), apps.declared.id);
    await runAssignment(t.deps, admin, {}, built.panelId);
    const rows = await assignmentsOf(built.panelId);
    for (const path of Object.keys(apps) as (keyof typeof apps)[]) {
      const pair = rows.find(
        (r) => r.applicationId === apps[path].id && r.memberId === memberOf(culprits[path].email),
      );
      expect(pair, path).toBeUndefined();
    }
    expect(rows.filter((r) => r.memberId === memberOf('small@zju.edu.cn'))).toHaveLength(2);

    const b = await signedIn(ADMIN);
    const page = await b.get(`/staff/panels/${built.panelId}`);
    expect(page.statusCode).toBe(200);
    for (const reason of [
      'is a referee',
      'same institution',
      'same e-mail domain',
      'is the supervisor',
      'declared by the reviewer',
    ])
      expect(page.body, reason).toContain(reason);
    expect(page.body).toMatch(/PIFI-T-\d{4} · \S+: \d reviewers? missing/);

    const refused = await b.post(
      `/staff/panels/${built.panelId}/assignments`,
      { applicationId: apps.referee.id, memberId: memberOf(culprits.referee.email) },
      { csrfFrom: `/staff/panels/${built.panelId}` },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('this reviewer has a conflict of interest');
    const full = await b.post(
      `/staff/panels/${built.panelId}/assignments`,
      { applicationId: apps.referee.id, memberId: memberOf('small@zju.edu.cn') },
      { csrfFrom: `/staff/panels/${built.panelId}` },
    );
    expect([
      full.statusCode,
      full.body.includes('is at capacity') || full.body.includes('already has'),
    ]).toEqual([400, true]);
  });

  it('R-REV-ASSIGN: a re-run keeps existing assignments and a started review never moves, even when now conflicted', async () => {
    const a1 = await pifiApplication('keep1@uni-k.edu', edu('Uni K'));
    const built = await buildPanel(
      t.deps,
      admin,
      {},
      {
        callId: pifiCall,
        panel: { ...PANEL, name: 'Stable panel', requiredReviews: 2 },
        members: [
          // Room for the demo's PIFI fellows too, who are on every panel of the call.
          reviewer('k1@hku.hk', 'HKU', { capacity: 50 }),
          reviewer('k2@cuhk.edu.hk', 'CUHK', { capacity: 50 }),
          reviewer('k3@nus.edu.sg', 'NUS', { capacity: 50 }),
        ],
      },
    );
    const before = await assignmentsOf(built.panelId);
    const mine = before.filter((r) => r.applicationId === a1.id);
    expect(mine).toHaveLength(2);
    await database.db
      .insert(reviews)
      .values({ assignmentId: mine[0]!.id, startedAt: now(), updatedAt: now() });
    await declareConflict(database.db, now(), mine[0]!.memberId, a1.id);
    const counts = await runAssignment(t.deps, admin, {}, built.panelId);
    const after = await assignmentsOf(built.panelId);
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    expect(counts.added).toBe(0);
    expect(counts.removed).toBe(0);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'panel.assignment_run'), eq(auditLog.entityId, built.panelId)),
      );
    expect(audit).toBeDefined();

    const b = await signedIn(ADMIN);
    const startedRemove = await b.post(
      `/staff/panels/${built.panelId}/assignments/${mine[0]!.id}/remove`,
      {},
      { csrfFrom: `/staff/panels/${built.panelId}` },
    );
    expect(startedRemove.statusCode).toBe(409);
    const removeMember = await b.post(
      `/staff/panels/${built.panelId}/members/${mine[1]!.memberId}/remove`,
      {},
      { csrfFrom: `/staff/panels/${built.panelId}` },
    );
    expect(removeMember.statusCode).toBe(303);
    const left = await assignmentsOf(built.panelId);
    expect(left.some((r) => r.id === mine[1]!.id)).toBe(false);
    expect(left.some((r) => r.id === mine[0]!.id)).toBe(true);
  });
});
