import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

// The catalog keeps a page rendered for an anonymous visitor for the rest of the second
// (src/http/page-cache.ts). What must never leak through it: another second, another
// language, another visitor's header, or a per-visitor CSRF token.

let database: TTestDatabase;
let t: TTestApp;
const clock = new TestClock(new Date('2026-01-10T02:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, clock });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

describe('page cache', () => {
  it('renders afresh when the second changes: the deadline closes on time', async () => {
    // 23:59:59.500 Beijing time on the CAS-ANSO deadline day, then 24:00 exactly.
    clock.set('2026-01-31T15:59:59.500Z');
    const before = await new Browser(t.app).get('/programs/cas-anso?lang=en');
    expect(before.body).toContain('Open: 1 day left');
    clock.set('2026-01-31T16:00:00.000Z');
    const after = await new Browser(t.app).get('/programs/cas-anso?lang=en');
    expect(after.body).not.toContain('day left');
    expect(after.body).toContain('Closed');
    clock.set('2026-01-10T02:00:00Z');
  });

  it('keeps each language apart', async () => {
    const en = await new Browser(t.app).get('/', { 'accept-language': 'en' });
    const zh = await new Browser(t.app).get('/', { 'accept-language': 'zh-CN' });
    expect(en.body).toContain('<html lang="en">');
    expect(zh.body).toContain('<html lang="zh-CN">');
  });

  it('never shares a signed-in user’s page with anonymous visitors, nor the reverse', async () => {
    const anonymousFirst = await new Browser(t.app).get('/programs?lang=en');
    expect(anonymousFirst.body).toContain('href="/sign-in"');
    const admin = new Browser(t.app);
    await admin.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    const signedIn = await admin.get('/programs?lang=en');
    expect(signedIn.body).toContain('href="/admin/audit"');
    expect(signedIn.body).not.toContain('href="/sign-in"');
    const anonymousAfter = await new Browser(t.app).get('/programs?lang=en');
    expect(anonymousAfter.body).not.toContain('href="/admin/audit"');
  });

  it('a kept page sets no cookie (no CSRF token went into it)', async () => {
    const first = await new Browser(t.app).get('/finder?lang=en');
    const second = await new Browser(t.app).get('/finder?lang=en');
    expect(second.body).toBe(first.body);
    expect(second.body).not.toContain('name="_csrf"');
    expect(String(second.headers['set-cookie'] ?? '')).not.toContain('_csrf');
  });

  it('sends a kept page compressed as the browser asks, the same page once decoded', async () => {
    const get = (encoding: string) =>
      t.app.inject({
        method: 'GET',
        url: '/programs/csc?lang=en',
        headers: { 'accept-encoding': encoding },
      });
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [asked, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'], // q-values are @fastify/compress's to judge
    ] as const) {
      const res = await get(asked);
      expect(res.headers['content-encoding'], asked).toBe(sent);
      expect(res.headers.vary).toContain('accept-encoding');
      const body =
        sent === 'br' ? brotliDecompressSync(res.rawPayload) : gunzipSync(res.rawPayload);
      expect(body.toString('utf8'), asked).toBe(plain.body);
    }
  });
});
