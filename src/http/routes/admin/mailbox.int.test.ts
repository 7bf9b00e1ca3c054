import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { auditLog, outboxEmails } from '@/db/schema';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let admin: Browser;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  admin = new Browser(t.app);
  expect((await admin.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(303);
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

/** Asks for a password reset for `email`; returns the queued email and its token. */
async function resetMail(email: string) {
  await new Browser(t.app).post('/forgot-password', { email }, { csrfFrom: '/forgot-password' });
  const [mail] = await database.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.template, 'reset_password')))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const token = /token=([\w-]+)/.exec(mail!.textBody)![1]!;
  return { id: mail!.id, token };
}

async function revealAudits(id: string) {
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'mailbox.revealed'), eq(auditLog.entityId, id)));
}

function csrfOf(body: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(body)![1]!;
}

describe('the admin mailbox hides one-time links until an administrator reveals them', () => {
  it('neither the list nor the message shows the reset token', async () => {
    const { id, token } = await resetMail('reviewer@demo.jiangxue.test');
    const list = await admin.get('/admin/mailbox');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    const page = await admin.get(`/admin/mailbox/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(token);
    expect(page.body).toContain('/reset-password?token=••••');
    expect(page.body).toContain(`action="/admin/mailbox/${id}/reveal"`);
    expect(page.body).toContain('name="_csrf"');
    expect(await revealAudits(id)).toEqual([]);
  });

  it('a referee’s personal link is masked too', async () => {
    const [mail] = await database.db
      .insert(outboxEmails)
      .values({
        toAddress: 'referee@example.org',
        locale: 'en',
        template: 'referee_invitation',
        subject: 'Letter of recommendation',
        textBody:
          'Open your personal link:\nhttp://localhost:3000/r/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde\n',
        status: 'logged',
        nextAttemptAt: t.clock.now(),
        createdAt: t.clock.now(),
      })
      .returning();
    const page = await admin.get(`/admin/mailbox/${mail!.id}`);
    expect(page.body).not.toContain('AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde');
    expect(page.body).toContain('/r/••••');
  });

  it('revealing shows that message’s links and writes an audit row naming the administrator', async () => {
    const { id, token } = await resetMail('chair@demo.jiangxue.test');
    const page = await admin.get(`/admin/mailbox/${id}`);
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/mailbox/${id}/reveal`,
      payload: `_csrf=${encodeURIComponent(csrfOf(page.body))}`,
      headers: {
        cookie: admin.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`/reset-password?token=${token}`);
    expect(res.body).not.toContain(`action="/admin/mailbox/${id}/reveal"`);
    const audits = await revealAudits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityType: 'outbox_email', actorKind: 'user' });
    expect(audits[0]!.actorUserId).not.toBeNull();
    expect(JSON.stringify(audits[0])).not.toContain(token);
    // The next visit is masked again.
    expect((await admin.get(`/admin/mailbox/${id}`)).body).not.toContain(token);
  });

  it('a message without one-time links offers nothing to reveal', async () => {
    await new Browser(t.app).post(
      '/sign-up',
      {
        displayName: 'Again',
        email: 'finance@demo.jiangxue.test',
        password: 'a long passphrase',
        locale: 'en',
      },
      { csrfFrom: '/sign-up' },
    );
    const [mail] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.template, 'account_exists'));
    const page = await admin.get(`/admin/mailbox/${mail!.id}`);
    expect(page.body).toContain('/forgot-password');
    expect(page.body).not.toContain('/reveal"');
  });

  it('revealing needs the CSRF token', async () => {
    const { id } = await resetMail('program@demo.jiangxue.test');
    const res = await admin.post(`/admin/mailbox/${id}/reveal`, {}, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(await revealAudits(id)).toEqual([]);
  });

  it('a non-administrator cannot reveal, and nothing is audited', async () => {
    const { id, token } = await resetMail('admissions@demo.jiangxue.test');
    for (const email of ['applicant@demo.jiangxue.test', 'program@demo.jiangxue.test']) {
      const b = new Browser(t.app);
      await b.signIn(email, DEMO_PASSWORD);
      const res = await b.post(`/admin/mailbox/${id}/reveal`, {}, { csrfFrom: '/account' });
      expect(res.statusCode, email).toBe(403);
      expect(res.body).not.toContain(token);
    }
    expect(await revealAudits(id)).toEqual([]);
  });

  it('revealing a message nobody has, or a malformed id, is 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await admin.post(`/admin/mailbox/${id}/reveal`, {}, { csrfFrom: '/account' });
      expect(res.statusCode, id).toBe(404);
    }
  });
});
