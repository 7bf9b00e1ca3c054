import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { outboxEmails } from '@/db/schema';
import { queueMail } from '@/services/mail/queue-mail';
import { SmtpPeer } from '@/test-support/smtp-peer';
import { TestClock, testDeps, testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';
import type { TDeps } from '@/services/context';

import { deliverMail, MAX_ATTEMPTS } from './deliver-mail.handler';

let database: TTestDatabase;
let peer: SmtpPeer;
let smtpUrl: string;
const clock = new TestClock(new Date('2026-03-01T00:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  peer = new SmtpPeer({ rejectDomain: 'bounce.test' });
  smtpUrl = await peer.start();
});
afterAll(async () => {
  await peer.stop();
  await database.drop();
});

function deps(overrides: Record<string, string> = {}): TDeps {
  return testDeps(database, { clock, env: testEnv({ SMTP_URL: smtpUrl, ...overrides }) });
}

async function queue(to: string, locale: 'en' | 'zh-CN' = 'zh-CN'): Promise<string> {
  return database.db.transaction((tx) =>
    queueMail(tx, clock.now(), to, locale, {
      template: 'verify_email',
      params: { name: '王芳', link: 'http://localhost/verify' },
    }),
  );
}

async function row(id: string) {
  const [r] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
  return r!;
}

describe('mail delivery through a real SMTP peer', () => {
  it('sends queued mail once, with a Chinese subject and body intact', async () => {
    const id = await queue('wang.fang@example.org');
    const report = await deliverMail(deps());
    expect(report.sent).toBe(1);
    const mail = await peer.waitFor('wang.fang@example.org');
    expect(mail.subject).toBe('请确认您在奖学系统的电子邮箱');
    expect(mail.text).toContain('王芳，您好');
    expect((await row(id)).status).toBe('sent');
    expect((await deliverMail(deps())).sent).toBe(0);
  });

  it('records a permanent refusal as bounced and does not retry it', async () => {
    const id = await queue('ghost@bounce.test', 'en');
    const report = await deliverMail(deps());
    expect(report.bounced).toBe(1);
    const r = await row(id);
    expect(r.status).toBe('bounced');
    expect(r.lastError).toContain('No such mailbox');
  });

  it('retries a temporary failure later and gives up after the last attempt', async () => {
    const id = await queue('later@example.org', 'en');
    const down = deps({ SMTP_URL: 'smtp://127.0.0.1:1' });
    expect((await deliverMail(down)).retried).toBe(1);
    let r = await row(id);
    expect(r.status).toBe('pending');
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(clock.now().getTime());
    expect((await deliverMail(down)).retried).toBe(0);
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      clock.advanceMinutes(24 * 60);
      await deliverMail(down);
    }
    r = await row(id);
    expect(r.status).toBe('failed');
    expect(r.attempts).toBe(MAX_ATTEMPTS);
  });

  it('without SMTP_URL keeps mail for the admin mailbox', async () => {
    const id = await queue('offline@example.org', 'en');
    const env = testEnv();
    const report = await deliverMail(testDeps(database, { clock, env }));
    expect(report.logged).toBe(1);
    expect((await row(id)).status).toBe('logged');
  });
});
