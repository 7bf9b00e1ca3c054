import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { DEMO_PASSWORD } from './demo-data';
import { DEMO_AUTHORITY } from './demo-screening';

// Each demo user lands on real work (issue 11): the demo admission officer on a screening
// queue with a reason to review and a missing letter, the demo dispatching authority on a
// CSC application awaiting its decision.
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

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  expect((await b.signIn(email, DEMO_PASSWORD)).statusCode).toBe(303);
  return b;
}

function screeningLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/staff\/screening\/[0-9a-f-]{36})"/g)].map((m) => m[1]!);
}

describe('the demo screening', () => {
  it('the demo admission officer’s queue holds submitted applications, one with a reason to review and one missing a letter', async () => {
    const b = await signedIn('admissions@demo.jiangxue.test');
    const staff = await b.get('/staff');
    expect(staff.body).toContain('href="/staff/screening"');
    const queue = await b.get('/staff/screening');
    const links = screeningLinks(queue.body);
    expect(links.length).toBeGreaterThanOrEqual(3);
    const pages = await Promise.all(links.map((l) => b.get(l)));
    expect(pages.some((p) => p.body.includes('name="reasonKey" value="R-PIFI-ELIG"'))).toBe(true);
    expect(pages.some((p) => /name="reasonKey" value="letter:/.test(p.body))).toBe(true);
  });

  it('the demo dispatching authority has a CSC application awaiting its decision', async () => {
    const b = await signedIn(DEMO_AUTHORITY.email);
    const list = await b.get('/staff/nominations');
    expect(list.body).toContain('Awaiting decision: <strong>1</strong>');
    expect(list.body).toContain('Nominated: <strong>1</strong>');
  });
});
