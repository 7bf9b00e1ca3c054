import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, outboxEmails, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

// Sign-in throttling (OWASP authentication cheat sheet, "Login Throttling"): failures count per
// (login name, address) pair and per address across accounts, and earn a growing delay, never
// a lock of the account. Each test uses its own accounts and addresses: the database is shared.

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

const WRONG = 'wrong password!';

async function fail(b: Browser, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await b.signIn(email, WRONG);
    expect(res.statusCode, `failure ${i + 1} for ${email}`).toBe(401);
  }
}

async function alertsTo(email: string) {
  return database.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.template, 'sign_in_failures')));
}

describe('sign-in throttling', () => {
  it("a stranger's five wrong passwords do not stop the owner signing in from another address", async () => {
    const stranger = new Browser(t.app, { ip: '198.51.100.7' });
    await fail(stranger, 'finance@demo.jiangxue.test', 5);
    const refused = await stranger.signIn('finance@demo.jiangxue.test', DEMO_PASSWORD);
    expect(refused.statusCode).toBe(429);

    const owner = new Browser(t.app, { ip: '203.0.113.20' });
    const res = await owner.signIn('finance@demo.jiangxue.test', DEMO_PASSWORD);
    expect(res.statusCode).toBe(303);
  });

  it('the same pair waits 30 s, then twice as long after each further failure, at most 15 minutes, with Retry-After and the time in words', async () => {
    const b = new Browser(t.app, { ip: '198.51.100.8' });
    const email = 'reviewer@demo.jiangxue.test';
    await fail(b, email, 5);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const refused = await b.signIn(email, DEMO_PASSWORD);
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      if (i === 0) expect(refused.body).toContain('Try again in 30 seconds');
      if (i === 2) expect(refused.body).toContain('Try again in 2 minutes');
      // Just before the wait is over the attempt is still not checked …
      t.clock.advanceMinutes((wait - 1) / 60);
      expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(429);
      // … and once it is over, one more wrong password is checked, and earns a longer wait.
      t.clock.advanceMinutes(1 / 60);
      expect((await b.signIn(email, WRONG)).statusCode).toBe(401);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it('the wait is stated in the language of the page', async () => {
    const b = new Browser(t.app, { ip: '198.51.100.9' });
    await fail(b, 'nobody-here@example.org', 5);
    const res = await b.post(
      '/sign-in',
      { email: 'nobody-here@example.org', password: WRONG },
      { csrfFrom: '/sign-in?lang=zh-CN' },
    );
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.body).toContain('请在30秒后再试');
  });

  it('an unknown login name is throttled exactly like a real one (no account enumeration)', async () => {
    const b = new Browser(t.app, { ip: '198.51.100.10' });
    await fail(b, 'ghost@example.org', 5);
    const res = await b.signIn('ghost@example.org', WRONG);
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
  });

  it('fifteen accounts tried from one address are throttled after ten, whatever the account', async () => {
    const sprayer = new Browser(t.app, { ip: '192.0.2.50' });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await sprayer.signIn(`sprayed-${i}@example.org`, 'Summer2026!');
      statuses.push(res.statusCode);
      if (i === 10) {
        expect(res.headers['retry-after']).toBe('30');
        expect(res.body).toContain('Too many failed sign-ins from your network');
      }
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(5).fill(429)]);
    // The address keeps its delay whichever account it names next, a real one included.
    const real = await sprayer.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
    expect(real.statusCode).toBe(429);
    // Each further failure doubles the address's wait.
    t.clock.advanceMinutes(0.5);
    expect((await sprayer.signIn('sprayed-99@example.org', WRONG)).statusCode).toBe(401);
    expect((await sprayer.signIn('sprayed-100@example.org', WRONG)).headers['retry-after']).toBe(
      '60',
    );
    // Other addresses are not affected.
    const elsewhere = new Browser(t.app, { ip: '192.0.2.51' });
    expect((await elsewhere.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
      303,
    );
    // The throttle is recorded for the administrators, by address.
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'session.sign_in_throttled'), eq(auditLog.entityId, '192.0.2.50')),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.entityType).toBe('source_address');
  });

  it("the owner's own browser still signs in from an address throttled for spraying", async () => {
    const owner = new Browser(t.app, { ip: '192.0.2.60' });
    expect((await owner.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
      303,
    );
    // Someone else behind the same address (a campus or carrier NAT) sprays accounts.
    const neighbour = new Browser(t.app, { ip: '192.0.2.60' });
    for (let i = 0; i < 10; i++) await neighbour.signIn(`nat-${i}@example.org`, WRONG);
    expect((await neighbour.signIn('nat-10@example.org', WRONG)).statusCode).toBe(429);
    // A browser that signed in to this account before is trusted (OWASP device cookies).
    expect((await owner.signIn('admissions@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
      303,
    );
    // The device cookie is bound to its account: it opens no other account's throttle.
    expect((await owner.signIn('nat-11@example.org', WRONG)).statusCode).toBe(429);
  });

  it('twenty guesses at once on two servers get five checks, the rest wait', async () => {
    const other = await createTestApp(await database.openAnother(), { clock: t.clock });
    try {
      const email = 'burst-target@example.org';
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          new Browser(i % 2 ? other.app : t.app, { ip: '198.51.100.50' }).signIn(email, WRONG),
        ),
      );
      expect(statuses.filter((r) => r.statusCode === 401)).toHaveLength(5);
      expect(statuses.filter((r) => r.statusCode === 429)).toHaveLength(15);
    } finally {
      await other.app.close();
    }
  });

  it('the addresses of one IPv6 /64 count as one address', async () => {
    const email = 'v6-target@example.org';
    for (let i = 1; i <= 5; i++)
      await fail(new Browser(t.app, { ip: `2001:db8:7:7::${i.toString(16)}` }), email, 1);
    const next = new Browser(t.app, { ip: '2001:db8:7:7:ffff::1' });
    expect((await next.signIn(email, WRONG)).statusCode).toBe(429);
    const otherLine = new Browser(t.app, { ip: '2001:db8:7:8::1' });
    expect((await otherLine.signIn(email, WRONG)).statusCode).toBe(401);
  });

  it('a successful sign-in clears the counter of that pair', async () => {
    const b = new Browser(t.app, { ip: '198.51.100.11' });
    const email = 'chair@demo.jiangxue.test';
    await fail(b, email, 4);
    expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
    await fail(b, email, 5);
    expect((await b.signIn(email, WRONG)).statusCode).toBe(429);
  });

  it('past 20 failures across addresses, a new address gets one free attempt, never a lock', async () => {
    const email = 'program@demo.jiangxue.test';
    for (let i = 0; i < 4; i++) await fail(new Browser(t.app, { ip: `10.9.0.${i}` }), email, 5);
    // A fifth address: one wrong password, then it waits.
    const bot = new Browser(t.app, { ip: '10.9.0.99' });
    await fail(bot, email, 1);
    const waited = await bot.signIn(email, WRONG);
    expect(waited.statusCode).toBe(429);
    expect(waited.headers['retry-after']).toBe('30');
    // The owner's first attempt from a new address is always checked.
    const owner = new Browser(t.app, { ip: '10.9.1.1' });
    expect((await owner.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
  });

  it('the owner is emailed once per day about repeated failures, in their language', async () => {
    const email = 'applicant@demo.jiangxue.test';
    await database.db.update(users).set({ locale: 'zh-CN' }).where(eq(users.email, email));
    await fail(new Browser(t.app, { ip: '198.51.100.30' }), email, 4);
    expect(await alertsTo(email)).toHaveLength(0);
    await fail(new Browser(t.app, { ip: '198.51.100.31' }), email, 1);
    const [alert] = await alertsTo(email);
    expect(alert?.subject).toBe('您的奖学系统账户有多次登录失败');
    expect(alert?.textBody).toContain('共5次');
    expect(alert?.textBody).toContain('/forgot-password');
    // More failures the same day, from anywhere: no second email.
    await fail(new Browser(t.app, { ip: '198.51.100.32' }), email, 5);
    expect(await alertsTo(email)).toHaveLength(1);
    // A day later, a new series of failures earns a new email.
    t.clock.advanceMinutes(24 * 60 + 1);
    await fail(new Browser(t.app, { ip: '198.51.100.33' }), email, 5);
    expect(await alertsTo(email)).toHaveLength(2);
  });

  it('a password reset clears every counter of the account, as the throttled page suggests', async () => {
    const email = 'admin@demo.jiangxue.test';
    const b = new Browser(t.app, { ip: '198.51.100.40' });
    await fail(b, email, 5);
    expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(429);
    await b.post('/forgot-password', { email }, { csrfFrom: '/forgot-password' });
    const [mail] = await database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.template, 'reset_password')));
    const token = /token=([\w-]+)/.exec(mail!.textBody)![1]!;
    await b.post(
      '/reset-password',
      { token, password: 'a brand new passphrase' },
      { csrfFrom: `/reset-password?token=${token}` },
    );
    expect((await b.signIn(email, 'a brand new passphrase')).statusCode).toBe(303);
  });
});
