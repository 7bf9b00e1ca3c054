import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { SmtpPeer } from '@/test-support/smtp-peer';
import { Browser } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

import { startServer, type TRunningSystem } from './start-server';

let database: TTestDatabase;
let peer: SmtpPeer;
let a: TRunningSystem;
let b: TRunningSystem;

beforeAll(async () => {
  database = await openTestDatabase();
  peer = new SmtpPeer();
  const smtpUrl = await peer.start();
  const env = testEnv({ SMTP_URL: smtpUrl, RUN_JOBS: 'true', DEMO_DATA: 'true' });
  // Two app servers: on PostgreSQL each has its own connection pool, as two machines would.
  a = await startServer({ env, database, logger: false, listen: false });
  b = await startServer({
    env,
    database: await database.openAnother(),
    logger: false,
    listen: false,
  });
}, 120_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await peer?.stop();
  await database?.drop();
});

describe(`the running system (${TEST_DB_KIND})`, () => {
  it('a session opened on one app server works on the other, and signing out on one ends it on both', async () => {
    expect(a.isDemoSeeded).toBe(true);
    expect(b.isDemoSeeded).toBe(false);
    const onA = new Browser(a.app);
    expect((await onA.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(303);
    const cookie = onA.cookieHeader();
    const onB = await b.app.inject({ method: 'GET', url: '/admin/audit', headers: { cookie } });
    expect(onB.statusCode).toBe(200);
    await onA.post('/sign-out', {});
    const after = await b.app.inject({ method: 'GET', url: '/account', headers: { cookie } });
    expect(after.statusCode).toBe(302);
  });

  it('the pg-boss mail worker delivers a sign-up email to the SMTP peer', async () => {
    const browser = new Browser(b.app);
    await browser.post(
      '/sign-up',
      {
        displayName: 'Kofi Mensah',
        email: 'kofi@example.org',
        password: 'correct horse battery',
        locale: 'en',
      },
      { csrfFrom: '/sign-up' },
    );
    const mail = await peer.waitFor('kofi@example.org', 30_000);
    expect(mail.subject).toBe('Confirm your email address for Jiangxue');
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/verify-email\?token=[\w-]{43}/);
  }, 60_000);
});
