import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { outboxEmails } from '@/db/schema';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let admin: Browser;
let applicant: Browser;
let applicationId: string;
let mailId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  // The sweep sends a few thousand requests from one address.
  const env = testEnv({ RATE_LIMIT_PER_MINUTE: '1000000' });
  t = await createTestApp(database, { seed: true, env });
  admin = new Browser(t.app);
  expect((await admin.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(303);
  applicant = new Browser(t.app);
  expect((await applicant.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD)).statusCode).toBe(
    303,
  );
  await applicant.post(
    '/applicant/profile',
    {
      familyName: 'Khan',
      givenNames: 'Amina',
      nameZh: '',
      nationality: 'PK',
      birthOn: '1994-03-02',
      gender: 'female',
      passportNumber: 'AB1234567',
      passportCountry: 'PK',
      consent: 'on',
    },
    { csrfFrom: '/applicant/profile' },
  );
  const started = await applicant.post(
    '/applications',
    { callId: 'cas-anso-2026-ucas', track: 'phd' },
    { csrfFrom: '/applications' },
  );
  expect(started.statusCode).toBe(303);
  applicationId = String(started.headers.location).split('/').pop()!;
  await new Browser(t.app).post(
    '/forgot-password',
    { email: 'admin@demo.jiangxue.test' },
    {
      csrfFrom: '/forgot-password',
    },
  );
  const [mail] = await database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, 'admin@demo.jiangxue.test'));
  mailId = mail!.id;
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

function expectErrorPage(res: LightMyRequestResponse, status: number, text: string): void {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
  expect(res.body).toContain(text);
}

describe('bad query strings and ids on staff pages: 400 or 404 with the site’s page', () => {
  for (const page of ['-1', 'abc', '99999999999999999999', '0', '1.5', '']) {
    it(`/admin/mailbox?page=${page} → 400`, async () => {
      expectErrorPage(
        await admin.get(`/admin/mailbox?page=${page}`),
        400,
        'Something is wrong with the request',
      );
    });
  }

  it('/admin/mailbox?page=1&page=2 (a repeated key) → 400', async () => {
    expect((await admin.get('/admin/mailbox?page=1&page=2')).statusCode).toBe(400);
  });

  it('/admin/mailbox/not-a-uuid → 404', async () => {
    expectErrorPage(await admin.get('/admin/mailbox/not-a-uuid'), 404, 'Page not found');
  });

  it('/admin/mailbox/<an id nobody has> → 404', async () => {
    const res = await admin.get('/admin/mailbox/00000000-0000-4000-8000-000000000000');
    expectErrorPage(res, 404, 'Page not found');
  });

  it('/staff/verify?code=<201 characters> → 400', async () => {
    expectErrorPage(
      await admin.get(`/staff/verify?code=${'A'.repeat(201)}`),
      400,
      'Something is wrong with the request',
    );
  });

  it('/admin/audit?page=-1 → 400', async () => {
    expect((await admin.get('/admin/audit?page=-1')).statusCode).toBe(400);
  });

  it('the page is in the user’s language (the saved preference of a signed-in user)', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@demo.jiangxue.test', DEMO_PASSWORD);
    await b.get('/admin/mailbox?lang=zh-CN');
    try {
      expectErrorPage(await b.get('/admin/mailbox?page=abc'), 400, '请求有误');
      expectErrorPage(await b.get('/admin/mailbox/not-a-uuid'), 404, '页面不存在');
    } finally {
      await b.get('/admin/mailbox?lang=en');
    }
  });

  it('a visitor’s page follows Accept-Language', async () => {
    const res = await new Browser(t.app).get('/programs/not%20a%20program', {
      'accept-language': 'zh-CN',
    });
    expectErrorPage(res, 404, '页面不存在');
  });

  it('good values still work', async () => {
    expect((await admin.get('/admin/mailbox?page=2')).statusCode).toBe(200);
    expect((await admin.get(`/admin/mailbox/${mailId}`)).statusCode).toBe(200);
    expect((await admin.get('/staff/verify?code=')).statusCode).toBe(200);
  });
});

// Values that must never reach a handler unchecked, as they appear in a URL.
const BAD_PATH_VALUES = [
  'not-a-uuid',
  '-1',
  '99999999999999999999',
  'x'.repeat(99),
  '%00',
  '%0A',
  '%E2%80%A8',
  '..%2F..%2Fetc%2Fpasswd',
  '%27%3B--',
  '%F0%9F%92%A9',
  '00000000-0000-4000-8000-000000000000',
];
const QUERY_KEYS = [
  'page',
  'code',
  'next',
  'saved',
  'withdrawn',
  'kept',
  'submitted',
  'uploaded',
  'removed',
  'done',
  'token',
  'action',
  'entityType',
  'entityId',
  'from',
  'to',
  'lang',
  'level',
  'birthDate',
  'nationality',
  'intakeYear',
];
const BAD_QUERIES = [
  '-1',
  'abc',
  '99999999999999999999',
  'x'.repeat(300),
  '%00%0A%0D',
  '%2F%2Fevil.example',
  '',
].map((v) => QUERY_KEYS.map((k) => `${k}=${v}`).join('&'));
BAD_QUERIES.push(QUERY_KEYS.map((k) => `${k}=1&${k}=2`).join('&'));

/** A good value for each path parameter, so that the other one is the only bad one. */
function goodParams(url: string): Record<string, string> {
  if (url.startsWith('/programs/') || url.startsWith('/api/v1/programs/')) return { id: 'csc' };
  if (url.startsWith('/staff/calls/')) return { id: 'csc-2026' };
  if (url.startsWith('/admin/mailbox/')) return { id: mailId };
  if (url.startsWith('/applications/'))
    return {
      id: applicationId,
      section: 'personal',
      documentId: '00000000-0000-4000-8000-000000000000',
      refereeId: '00000000-0000-4000-8000-000000000000',
    };
  return {};
}

function withParams(url: string, values: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x');
}

describe('sweep: every GET route with garbage in its path and query answers without a 5xx', () => {
  it('as a visitor, an applicant and an administrator', async () => {
    const routes = t.routes.filter((r) => [r.method].flat().includes('GET'));
    expect(routes.length).toBeGreaterThan(25);
    const failures: string[] = [];
    const browsers = { visitor: new Browser(t.app), applicant, admin };
    for (const [who, b] of Object.entries(browsers)) {
      for (const route of routes) {
        const good = goodParams(route.url);
        const urls: string[] = [];
        for (const name of route.url.match(/:(\w+)/g) ?? []) {
          for (const bad of BAD_PATH_VALUES)
            urls.push(withParams(route.url, { ...good, [name.slice(1)]: bad }));
        }
        for (const q of BAD_QUERIES) urls.push(`${withParams(route.url, good)}?${q}`);
        for (const url of urls) {
          const res = await b.get(url);
          if (res.statusCode >= 500)
            failures.push(`${who} GET ${url.slice(0, 120)} → ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
