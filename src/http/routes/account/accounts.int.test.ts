import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, outboxEmails, sessions, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

async function lastMailTo(email: string) {
  const rows = await database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, email));
  return rows.at(-1);
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
  return rows.map((r) => r.action);
}

describe('accounts', () => {
  it('signs up, queues a verification email in the chosen language and audits the new account', async () => {
    const b = new Browser(t.app);
    const res = await b.post(
      '/sign-up',
      {
        displayName: 'Amina Yusuf',
        email: 'Amina@Example.org ',
        password: 'a long passphrase',
        locale: 'zh-CN',
      },
      { csrfFrom: '/sign-up' },
    );
    expect(res.statusCode).toBe(200);
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'amina@example.org'));
    expect(user?.emailVerifiedAt).toBeNull();
    const mail = await lastMailTo('amina@example.org');
    expect(mail?.subject).toBe('请确认您在奖学系统的电子邮箱');
    expect(mail?.textBody).toMatch(/verify-email\?token=/);
    expect(await auditActions(user!.id)).toEqual(['account.created']);
    // The stored token is a hash: the emailed token itself is nowhere in the database.
    const token = /token=([\w-]+)/.exec(mail!.textBody)![1]!;
    const dump = JSON.stringify(await database.db.select().from(auditLog));
    expect(dump).not.toContain(token);

    const verified = await b.get(`/verify-email?token=${token}`);
    expect(verified.statusCode).toBe(200);
    const again = await b.get(`/verify-email?token=${token}`);
    expect(again.statusCode).toBe(400);
    expect(await auditActions(user!.id)).toContain('account.email_verified');
  });

  it('a sign-up form with errors re-renders with a summary linking to each field and keeps the answers', async () => {
    const b = new Browser(t.app);
    const res = await b.post(
      '/sign-up',
      { displayName: 'Li', email: 'not-an-email', password: 'short', locale: 'en' },
      { csrfFrom: '/sign-up' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('href="#password"');
    expect(res.body).toContain('Password must be 10 characters or more');
    expect(res.body).toContain('value="not-an-email"');
  });

  it('a second sign-up with a registered address reveals nothing and emails the owner', async () => {
    const b = new Browser(t.app);
    const res = await b.post(
      '/sign-up',
      {
        displayName: 'Someone',
        email: 'applicant@demo.jiangxue.test',
        password: 'another passphrase',
        locale: 'en',
      },
      { csrfFrom: '/sign-up' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Check your email');
    expect((await lastMailTo('applicant@demo.jiangxue.test'))?.template).toBe('account_exists');
  });

  it('five wrong passwords make that browser wait before the next attempt, even with the right one', async () => {
    const b = new Browser(t.app);
    for (let i = 0; i < 5; i++) {
      const res = await b.signIn('finance@demo.jiangxue.test', 'wrong password!');
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('The email address or password is not right');
    }
    const waiting = await b.signIn('finance@demo.jiangxue.test', DEMO_PASSWORD);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('30');
    expect(waiting.body).toContain(
      'Too many failed sign-ins for this account from here. Try again in 30 seconds',
    );
    t.clock.advanceMinutes(0.5);
    const ok = await b.signIn('finance@demo.jiangxue.test', DEMO_PASSWORD);
    expect(ok.statusCode).toBe(303);
  });

  it('rotates the session id at sign-in and ends the old one', async () => {
    const b = new Browser(t.app);
    await b.signIn('reviewer@demo.jiangxue.test', DEMO_PASSWORD);
    const first = b.cookie('jx_session');
    await b.signIn('reviewer@demo.jiangxue.test', DEMO_PASSWORD);
    const second = b.cookie('jx_session');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/account',
      headers: { cookie: `jx_session=${first}` },
    });
    expect(stale.statusCode).toBe(302);
  });

  it('the session cookie is HttpOnly and SameSite, with a token of at least 128 bits', async () => {
    const b = new Browser(t.app);
    const res = await b.signIn('chair@demo.jiangxue.test', DEMO_PASSWORD);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/jx_session=[\w-]{43}/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
  });

  it('ends a session after 30 idle minutes and after 12 hours whatever the activity', async () => {
    const b = new Browser(t.app);
    await b.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD);
    t.clock.advanceMinutes(29);
    expect((await b.get('/account')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    expect((await b.get('/account')).statusCode).toBe(302);

    await b.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD);
    for (let i = 0; i < 25; i++) {
      t.clock.advanceMinutes(29);
      await b.get('/account');
    }
    expect((await b.get('/account')).statusCode).toBe(302);
  });

  it('signs out everywhere: every device of that user loses its session', async () => {
    const phone = new Browser(t.app);
    const laptop = new Browser(t.app);
    await phone.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    await laptop.signIn('program@demo.jiangxue.test', DEMO_PASSWORD);
    const res = await laptop.post('/sign-out-everywhere', {});
    expect(res.statusCode).toBe(303);
    expect((await phone.get('/account')).statusCode).toBe(302);
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'program@demo.jiangxue.test'));
    const [left] = await database.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.userId, user!.id));
    expect(left?.n).toBe(0);
    expect(await auditActions(user!.id)).toContain('session.ended_everywhere');
  });

  it('resets a password by email link once, and signs the account out everywhere', async () => {
    const b = new Browser(t.app);
    await b.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
    const anon = new Browser(t.app);
    await anon.post(
      '/forgot-password',
      { email: 'applicant@demo.jiangxue.test' },
      { csrfFrom: '/forgot-password' },
    );
    const mail = await lastMailTo('applicant@demo.jiangxue.test');
    expect(mail?.template).toBe('reset_password');
    const token = /token=([\w-]+)/.exec(mail!.textBody)![1]!;
    expect((await anon.get(`/reset-password?token=${token}`)).statusCode).toBe(200);
    const done = await anon.post(
      '/reset-password',
      { token, password: 'a brand new passphrase' },
      { csrfFrom: `/reset-password?token=${token}` },
    );
    expect(done.statusCode).toBe(200);
    expect((await b.get('/account')).statusCode).toBe(302);
    expect(
      (await anon.signIn('applicant@demo.jiangxue.test', 'a brand new passphrase')).statusCode,
    ).toBe(303);
    expect((await anon.get(`/reset-password?token=${token}`)).statusCode).toBe(400);
  });

  it('asking for a reset for an unknown address shows the same page and sends nothing', async () => {
    const anon = new Browser(t.app);
    const before = await database.db.select({ n: count() }).from(outboxEmails);
    const res = await anon.post(
      '/forgot-password',
      { email: 'nobody@example.org' },
      { csrfFrom: '/forgot-password' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('If an account uses that address');
    const after = await database.db.select({ n: count() }).from(outboxEmails);
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
