import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

const APPLICANT = 'applicant@demo.jiangxue.test';

/** A Location a browser follows to this site only: a path, never //host or /\host. */
function expectSameOrigin(location: unknown): void {
  expect(typeof location).toBe('string');
  const l = String(location);
  expect(l.startsWith('/')).toBe(true);
  expect(/^\/[\\/]|[\p{Cc}\\]/u.test(l)).toBe(false);
  expect(new URL(l, 'https://site.example').origin).toBe('https://site.example');
}

const HOSTILE: [string, string][] = [
  ['an encoded tab after the slash', '%2F%09%2Fevil.example'],
  ['a newline', '%2Faccount%0ASet-Cookie%3A%20x%3D1'],
  ['a carriage return', '%2Faccount%0D'],
  ['a backslash', '%2F%5Cevil.example'],
  ['protocol-relative', '%2F%2Fevil.example'],
  ['an absolute URL', 'https%3A%2F%2Fevil.example'],
  ['dot segments climbing to //', '%2F..%2F%2Fevil.example'],
  ['javascript:', 'javascript%3Aalert(1)'],
];

describe('sign-in: the way back after signing in stays on this site', () => {
  for (const [name, encoded] of HOSTILE) {
    it(`/sign-in?next= with ${name} → a same-origin Location, never a 500`, async () => {
      const b = new Browser(t.app);
      const page = await b.get(`/sign-in?next=${encoded}`);
      expect(page.statusCode).toBe(200);
      // What the form carries back, as a browser would post it.
      const carried = /name="next" value="([^"]*)"/.exec(page.body)?.[1];
      const res = await b.post(
        '/sign-in',
        {
          email: APPLICANT,
          password: DEMO_PASSWORD,
          ...(carried ? { next: carried } : {}),
        },
        { csrfFrom: `/sign-in?next=${encoded}` },
      );
      expect(res.statusCode).toBe(303);
      expectSameOrigin(res.headers.location);
      expect(res.headers.location).toBe('/account');
    });

    it(`a posted next with ${name} → a same-origin Location, never a 500`, async () => {
      const b = new Browser(t.app);
      const res = await b.post(
        '/sign-in',
        { email: APPLICANT, password: DEMO_PASSWORD, next: decodeURIComponent(encoded) },
        { csrfFrom: '/sign-in' },
      );
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/account');
    });
  }

  it('a same-site path with its query is kept', async () => {
    const b = new Browser(t.app);
    const res = await b.post(
      '/sign-in',
      { email: APPLICANT, password: DEMO_PASSWORD, next: '/admin/audit?action=x' },
      { csrfFrom: '/sign-in' },
    );
    expect(res.headers.location).toBe('/admin/audit?action=x');
  });

  it('a refused next is not carried by the sign-in form', async () => {
    const page = await new Browser(t.app).get('/sign-in?next=%2F%09%2Fevil.example');
    expect(page.body).not.toContain('name="next"');
  });
});

describe('applicant profile: the way on after saving stays on this site', () => {
  const PROFILE = {
    familyName: 'Khan',
    givenNames: 'Amina',
    nameZh: '',
    nationality: 'PK',
    birthOn: '1994-03-02',
    gender: 'female',
    passportNumber: 'AB1234567',
    passportCountry: 'PK',
    consent: 'on',
  };

  for (const [name, encoded] of HOSTILE) {
    it(`next with ${name} → a same-origin Location, never a 500`, async () => {
      const b = new Browser(t.app);
      expect((await b.signIn(APPLICANT, DEMO_PASSWORD)).statusCode).toBe(303);
      const form = await b.get(`/applicant/profile?next=${encoded}`);
      expect(form.statusCode).toBe(200);
      expect(form.body).not.toMatch(/name="next" value="[^/]|name="next" value="\/[\\/]/);
      const res = await b.post(
        '/applicant/profile',
        { ...PROFILE, next: decodeURIComponent(encoded) },
        { csrfFrom: '/applicant/profile' },
      );
      expect(res.statusCode).toBe(303);
      expectSameOrigin(res.headers.location);
      expect(res.headers.location).toBe('/applicant/profile?saved=1');
    });
  }

  it('a same-site next is followed', async () => {
    const b = new Browser(t.app);
    await b.signIn(APPLICANT, DEMO_PASSWORD);
    const res = await b.post(
      '/applicant/profile',
      { ...PROFILE, next: '/applications' },
      { csrfFrom: '/applicant/profile' },
    );
    expect(res.headers.location).toBe('/applications');
  });
});
