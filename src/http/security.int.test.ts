import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { insertUser } from '@/db/repositories/user.repository';
import { isPermission } from '@/policies/permissions';
import { ANONYMOUS } from '@/policies/actor';
import { recordAudit } from '@/services/audit/record-audit';
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

describe('route policies', () => {
  it('every registered route declares a registered policy action', () => {
    const routes = t.routes.filter((r) => r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes
      .filter((r) => !isPermission((r.config as { action?: unknown } | undefined)?.action))
      .map((r) => `${String(r.method)} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('an applicant gets 403 on officer and administrator pages', async () => {
    const b = new Browser(t.app);
    await b.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
    for (const url of ['/staff', '/admin/audit', '/admin/mailbox']) {
      const res = await b.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('Your account does not have access to this page.');
    }
  });

  it('a visitor who is not signed in is sent to sign in, and comes back after', async () => {
    const res = await new Browser(t.app).get('/admin/audit?action=x');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?next=%2Fadmin%2Faudit%3Faction%3Dx');
  });

  it('an administrator reads and filters the audit log', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    const all = await b.get('/admin/audit');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('demo.seeded');
    const filtered = await b.get('/admin/audit?action=session.created');
    expect(filtered.body).toContain('session.created');
    expect(filtered.body).not.toContain('demo.seeded');
  });
});

describe('CSRF', () => {
  it('refuses a POST without a token and changes nothing', async () => {
    const b = new Browser(t.app);
    await b.signIn('reviewer@demo.jiangxue.test', DEMO_PASSWORD);
    const res = await b.post('/sign-out-everywhere', {}, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your form has expired');
    expect((await b.get('/account')).statusCode).toBe(200);
  });

  it('refuses a token forged for another browser', async () => {
    const victim = new Browser(t.app);
    await victim.signIn('reviewer@demo.jiangxue.test', DEMO_PASSWORD);
    const attacker = new Browser(t.app);
    const page = await attacker.get('/sign-in');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-out-everywhere',
      payload: `_csrf=${encodeURIComponent(token)}`,
      headers: {
        cookie: victim.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('audit', () => {
  it('a failed transaction leaves no audit row', async () => {
    const [before] = await database.db.select({ n: count() }).from(auditLog);
    const now = t.clock.now();
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(
          tx,
          now,
          ANONYMOUS,
          {},
          { action: 'account.created', entityType: 'user', entityId: 'x' },
        );
        // A duplicate email violates the unique constraint: the whole change rolls back.
        await insertUser(tx, {
          email: 'admin@demo.jiangxue.test',
          displayName: 'x',
          passwordHash: 'x',
          createdAt: now,
          updatedAt: now,
        });
      }),
    ).rejects.toThrow();
    const [after] = await database.db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
  });

  it('changing the language preference is saved and audited with before and after', async () => {
    const b = new Browser(t.app);
    await b.signIn('chair@demo.jiangxue.test', DEMO_PASSWORD);
    const res = await b.post('/account/language', { locale: 'zh-CN' });
    expect(res.statusCode).toBe(303);
    const page = await b.get('/account');
    expect(page.body).toContain('<html lang="zh-CN">');
    const rows = await database.db.select().from(auditLog);
    const row = rows.find((r) => r.action === 'account.locale_changed');
    expect(row?.before).toEqual({ locale: 'en' });
    expect(row?.after).toEqual({ locale: 'zh-CN' });
  });
});

describe('languages', () => {
  it('a first visit follows Accept-Language; the switch keeps the page and its query and is remembered', async () => {
    const b = new Browser(t.app);
    const zh = await b.get('/sign-in?next=%2Faccount', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('href="/sign-in?next=%2Faccount&amp;lang=en"');
    const en = await b.get('/sign-in?next=%2Faccount&lang=en', { 'accept-language': 'zh-CN' });
    expect(en.body).toContain('<html lang="en">');
    const later = await b.get('/', { 'accept-language': 'zh-CN' });
    expect(later.body).toContain('<html lang="en">');
  });

  it('shows deadlines in Beijing time with the zone named (R-GEN-TIME)', async () => {
    const res = await new Browser(t.app).get('/?lang=en');
    expect(res.body).toContain('31 Jan 2026, 24:00 Beijing time (UTC+8)');
  });
});

describe('operations', () => {
  it('/healthz answers and /readyz reports the database and migrations current', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ ok: true, database: true });
  });

  it('sends a CSP with no inline script', async () => {
    const res = await t.app.inject('/');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});
