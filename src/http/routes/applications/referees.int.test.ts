import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findUserByEmail } from '@/db/repositories/user.repository';
import { applicationEvents, auditLog, outboxEmails, referees } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { hashToken } from '@/services/accounts/secrets';
import { latestToken, mailsTo, refereeByEmail } from '@/services/referees/referee.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let storageDir: string;
let appA: string;
let appB: string;
const A = 'applicant@demo.jiangxue.test';
const B = 'bilal@example.org';

beforeAll(async () => {
  database = await openTestDatabase();
  storageDir = await mkdtemp(join(tmpdir(), 'jx-referees-'));
  t = await createTestApp(database, { seed: true, env: testEnv({ STORAGE_DIR: storageDir }) });
  const now = t.clock.now();
  const amina = await findUserByEmail(database.db, A);
  const bilal = await createApplicant(database.db, now, {
    email: B,
    displayName: 'Bilal Ahmed',
    password: DEMO_PASSWORD,
  });
  // CSC closes 2026-04-05 (Beijing); the clock starts at 2026-01-10.
  appA = (
    await createApplication(database.db, now, {
      userId: amina!.id,
      callId: 'csc-2026',
      programId: 'csc',
      track: 'doctoral',
    })
  ).id;
  appB = (
    await createApplication(database.db, now, {
      userId: bilal.userId,
      callId: 'csc-2026',
      programId: 'csc',
      track: 'master',
    })
  ).id;
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
  await rm(storageDir, { recursive: true, force: true });
});

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  await b.signIn(email, DEMO_PASSWORD);
  return b;
}

const page = (id: string) => `/applications/${id}/referees`;

function referee(name: string, email: string, locale: 'en' | 'zh-CN') {
  return { name, title: 'Professor', institution: 'Peking University', email, locale };
}

async function addReferee(b: Browser, appId: string, fields: Record<string, string>) {
  return b.post(page(appId), fields, { csrfFrom: page(appId) });
}

describe('the applicant names referees', () => {
  it('R-GEN-REFEREE: the page says how many letters the program needs', async () => {
    const b = await signedIn(A);
    const res = await b.get(page(appA));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('This application needs 2 letters of recommendation');
    expect(res.body).toContain('5 Apr 2026, 24:00 Beijing time (UTC+8)');
    expect(res.body).toContain('/assets/local-time.js');
  });

  it('a referee in Chinese gets the invitation in Chinese, with a personal link whose hash alone is stored', async () => {
    const b = await signedIn(A);
    const res = await addReferee(b, appA, referee('王教授', 'Wang@Example.edu.cn', 'zh-CN'));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page(appA)}?done=invited`);

    const [mail] = await mailsTo(database.db, 'wang@example.edu.cn', 'referee_invitation');
    expect(mail?.locale).toBe('zh-CN');
    expect(mail?.subject).toBe('请为Amina Khan撰写推荐信');
    expect(mail?.textBody).toContain('王教授，您好');
    expect(mail?.textBody).toContain('中国政府奖学金—国别双边项目（博士研究生）');
    expect(mail?.textBody).toContain('2026年4月5日 24:00（北京时间，UTC+8）');
    expect(mail?.relatedType).toBe('application');
    expect(mail?.relatedId).toBe(appA);

    const token = await latestToken(database.db, 'wang@example.edu.cn');
    expect(mail?.textBody).toContain(`http://localhost:3000/r/${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const row = await refereeByEmail(database.db, appA, 'wang@example.edu.cn');
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.status).toBe('invited');

    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'referee.invited'), eq(auditLog.entityId, row.id)));
    expect(audit?.actorKind).toBe('user');
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);

    const list = await b.get(`${page(appA)}?done=invited`);
    expect(list.body).toContain('Invitation sent.');
    expect(list.body).toContain('王教授');
    expect(list.body).toContain('Invited');
  });

  it('a referee in English gets the invitation in English', async () => {
    const b = await signedIn(A);
    await addReferee(b, appA, referee('Jane Smith', 'jane@example.ac.uk', 'en'));
    const [mail] = await mailsTo(database.db, 'jane@example.ac.uk', 'referee_invitation');
    expect(mail?.locale).toBe('en');
    expect(mail?.subject).toBe('Letter of recommendation for Amina Khan');
    expect(mail?.textBody).toContain('Dear Jane Smith,');
    expect(mail?.textBody).toContain(
      'Chinese Government Scholarship — Bilateral Program, Doctoral student',
    );
    expect(mail?.textBody).toContain('5 Apr 2026, 24:00 Beijing time (UTC+8)');
    expect(mail?.textBody).toContain('Amina Khan will not see your letter');
  });

  it('a third referee is refused: the program needs two', async () => {
    const b = await signedIn(A);
    const page1 = await b.get(page(appA));
    expect(page1.body).toContain('You have named all 2 referees');
    const res = await addReferee(b, appA, referee('Extra', 'extra@example.org', 'en'));
    expect(res.statusCode).toBe(409);
    expect(await mailsTo(database.db, 'extra@example.org', 'referee_invitation')).toHaveLength(0);
  });

  it('a form with errors names each field and keeps what was typed', async () => {
    const b = await signedIn(B);
    const res = await addReferee(b, appB, {
      name: 'Prof. Li',
      title: '',
      institution: 'Fudan University',
      email: 'not-an-email',
      locale: 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#title"');
    expect(res.body).toContain('Enter the referee’s academic title or position, like Professor');
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('value="Prof. Li"');
  });

  it('the applicant cannot name themself', async () => {
    const b = await signedIn(B);
    const res = await addReferee(b, appB, referee('Me', B, 'en'));
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Enter your referee’s email address, not your own');
  });
});

describe('the applicant sees the status, never the letter', () => {
  it('a letter that arrived shows as received; its words appear nowhere the applicant can see', async () => {
    const secret = 'CONFIDENTIAL: the candidate is the best student I have taught.';
    const token = await latestToken(database.db, 'jane@example.ac.uk');
    const referee = new Browser(t.app);
    const done = await referee.post(
      `/r/${token}/letter`,
      { letter: secret },
      {
        csrfFrom: `/r/${token}`,
      },
    );
    expect(done.statusCode).toBe(200);

    const b = await signedIn(A);
    const list = await b.get(page(appA));
    expect(list.body).toContain('Letter received');
    expect(list.body).not.toContain('CONFIDENTIAL');

    const [notice] = await mailsTo(database.db, A, 'referee_letter_in');
    expect(notice?.subject).toBe('Letter received from Jane Smith');
    expect(notice?.relatedId).toBe(appA);
    const related = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.relatedId, appA));
    expect(related.map((m) => m.textBody).join('\n')).not.toContain('CONFIDENTIAL');
    const audits = await database.db.select().from(auditLog);
    expect(JSON.stringify(audits)).not.toContain('CONFIDENTIAL');
    const events = await database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, appA));
    expect(events.map((e) => e.kind)).toContain('letter_in');
    expect(JSON.stringify(events)).not.toContain('CONFIDENTIAL');
  });

  it('a bounced invitation shows as bounced', async () => {
    const b = await signedIn(B);
    await addReferee(b, appB, referee('Ghost', 'ghost@bounce.test', 'en'));
    await database.db
      .update(outboxEmails)
      .set({ status: 'bounced', lastError: '550 No such mailbox' })
      .where(eq(outboxEmails.toAddress, 'ghost@bounce.test'));
    const list = await b.get(page(appB));
    expect(list.body).toContain('Email bounced');
  });
});

describe('resend and replace: the old link dies', () => {
  it('a resend sends a new link; the old one no longer opens the letter', async () => {
    const b = await signedIn(A);
    const row = await refereeByEmail(database.db, appA, 'wang@example.edu.cn');
    const oldToken = await latestToken(database.db, 'wang@example.edu.cn');
    const resend = `${page(appA)}/${row.id}/resend`;
    const tooSoon = await b.post(resend, {}, { csrfFrom: page(appA) });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.body).toContain('Wait at least ten minutes');

    t.clock.advanceMinutes(11);
    const res = await b.post(resend, {}, { csrfFrom: page(appA) });
    expect(res.statusCode).toBe(303);
    const newToken = await latestToken(database.db, 'wang@example.edu.cn');
    expect(newToken).not.toBe(oldToken);
    expect((await new Browser(t.app).get(`/r/${oldToken}`)).statusCode).toBe(404);
    expect((await new Browser(t.app).get(`/r/${newToken}`)).statusCode).toBe(200);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'referee.invitation_resent'));
    expect(audit?.entityId).toBe(row.id);
  });

  it('a replaced referee’s link answers 410 and the new referee is invited', async () => {
    const b = await signedIn(A);
    const old = await refereeByEmail(database.db, appA, 'wang@example.edu.cn');
    const oldToken = await latestToken(database.db, 'wang@example.edu.cn');
    const form = await b.get(`${page(appA)}/${old.id}/replace`);
    expect(form.statusCode).toBe(200);
    const res = await b.post(
      `${page(appA)}/${old.id}/replace`,
      referee('Chen Hua', 'chen@example.edu.cn', 'zh-CN'),
      { csrfFrom: `${page(appA)}/${old.id}/replace` },
    );
    expect(res.statusCode).toBe(303);
    const gone = await new Browser(t.app).get(`/r/${oldToken}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('此推荐请求已撤回');
    expect(await mailsTo(database.db, 'chen@example.edu.cn', 'referee_invitation')).toHaveLength(1);
    const list = await b.get(page(appA));
    expect(list.body).toContain('Chen Hua');
    expect(list.body).not.toContain('王教授');
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'referee.replaced'));
    expect(audit?.entityId).toBe(old.id);
  });

  it('a referee whose letter is in cannot be replaced or sent a new link', async () => {
    const b = await signedIn(A);
    const jane = await refereeByEmail(database.db, appA, 'jane@example.ac.uk');
    expect((await b.get(`${page(appA)}/${jane.id}/replace`)).statusCode).toBe(404);
    const res = await b.post(
      `${page(appA)}/${jane.id}/replace`,
      referee('X', 'x@example.org', 'en'),
      { csrfFrom: page(appA) },
    );
    expect(res.statusCode).toBe(409);
    const resend = await b.post(`${page(appA)}/${jane.id}/resend`, {}, { csrfFrom: page(appA) });
    expect(resend.statusCode).toBe(409);
  });
});

describe('another applicant', () => {
  it('applicant B gets 404 for A’s referees page and every action on it, and nothing changes', async () => {
    const b = await signedIn(B);
    const before = await database.db
      .select()
      .from(referees)
      .where(eq(referees.applicationId, appA));
    const mailsBefore = (await database.db.select().from(outboxEmails)).length;
    const someone = before[0]!.id;
    expect((await b.get(page(appA))).statusCode).toBe(404);
    expect((await b.get(`${page(appA)}/${someone}/replace`)).statusCode).toBe(404);
    const posts = [
      [page(appA), referee('Intruder', 'intruder@example.org', 'en')],
      [`${page(appA)}/${someone}/resend`, {}],
      [`${page(appA)}/${someone}/replace`, referee('Intruder', 'intruder@example.org', 'en')],
    ] as const;
    for (const [url, fields] of posts) {
      const res = await b.post(url, { ...fields }, { csrfFrom: page(appB) });
      expect(res.statusCode, url).toBe(404);
    }
    // Nor can B act on A's referee through B's own application.
    const viaOwn = await b.post(`${page(appB)}/${someone}/resend`, {}, { csrfFrom: page(appB) });
    expect(viaOwn.statusCode).toBe(404);
    const after = await database.db.select().from(referees).where(eq(referees.applicationId, appA));
    expect(after).toEqual(before);
    expect((await database.db.select().from(outboxEmails)).length).toBe(mailsBefore);
  });

  it('a visitor who is not signed in is sent to sign in', async () => {
    const res = await new Browser(t.app).get(page(appA));
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/sign-in');
  });
});
