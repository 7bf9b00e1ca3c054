import { afterEach, describe, expect, it } from 'vitest';

import { PROGRAM_IDS } from '@/domain/programs';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from '@/test-support/test-database';

import { planDemoCalls } from './demo-calls';
import { DEMO_PASSWORD } from './demo-data';

let database: TTestDatabase | null = null;
let t: TTestApp | null = null;
afterEach(async () => {
  await t?.app.close();
  await database?.drop();
  t = null;
  database = null;
});

/** The status line of one call's card on its program page. */
function callState(html: string, callId: string): string | undefined {
  const card = new RegExp(`id="call-${callId}"[^]*?<strong class="tag[^"]*">([^<]+)</strong>`);
  return card.exec(html)?.[1];
}

// A doctorate holder born 1992, English native, asking for a doctorate (CAS-ANSO, CSC, BGS)
// and for a fellowship (PIFI).
const LEVELS = ['doctoral', 'fellow'] as const;
const PROFILE = {
  asOf: '',
  intakeYear: 0,
  birthDate: '1992-03-14',
  nationality: 'PK',
  gender: 'female',
  highestQualification: 'doctorate',
  level: 'doctoral',
  english: { native: true, toefl: null, ielts: null },
};

describe(`the demo is open on the day its database is created (${TEST_DB_KIND})`, () => {
  // Beijing dates: 10:00 on 2 December 2026, a year later, and a midsummer day between.
  it.each([
    ['2026-12-02T02:00:00Z', '2026-12-02'],
    ['2027-06-20T02:00:00Z', '2027-06-20'],
    ['2027-12-02T02:00:00Z', '2027-12-02'],
  ])(
    'created at %s: all four programs open in the catalog, the finder and the applicant’s list; the past call closed',
    async (instant, today) => {
      database = await openTestDatabase();
      t = await createTestApp(database, { seed: true, clock: new TestClock(new Date(instant)) });
      const { intakeYear, current, past } = planDemoCalls(today);

      // The catalog: every program's current call says "Open", the past CAS-ANSO call "Closed".
      for (const id of PROGRAM_IDS) {
        const page = await new Browser(t.app).get(`/programs/${id}?lang=en`);
        for (const call of current.filter((c) => c.programId === id))
          expect(callState(page.body, call.id), call.id).toMatch(/^Open: \d+ days left$/);
      }
      const anso = (await new Browser(t.app).get('/programs/cas-anso?lang=en')).body;
      for (const call of past) expect(callState(anso, call.id), call.id).toBe('Closed');
      const home = (await new Browser(t.app).get('/?lang=en')).body;
      expect(home).not.toContain('No call is open at the moment.');

      // The finder defaults to the open intake year and finds every program's call open.
      const results: { program: string; call: unknown }[] = [];
      for (const level of LEVELS) {
        const finder = await new Browser(t.app).get(
          `/finder?level=${level}&birthDate=1992-03-14&nationality=PK&highestQualification=doctorate&englishNative=on&lang=en`,
        );
        expect(finder.statusCode).toBe(200);
        expect(finder.body).toMatch(new RegExp(`<option[^>]*value="${intakeYear}"[^>]*selected`));
        expect(finder.body).toContain('the call is open now');
        expect(finder.body).not.toContain('the call is not open now');
        const api = await t.app.inject({
          method: 'POST',
          url: '/api/v1/finder',
          payload: { ...PROFILE, level, asOf: today, intakeYear },
        });
        results.push(...api.json().results);
      }
      expect(new Set(results.map((r) => r.program))).toEqual(new Set(PROGRAM_IDS));
      for (const r of results) expect(r.call, r.program).toMatchObject({ open: true });
      // The past intake year's CAS-ANSO call is there, and closed.
      const before = await t.app.inject({
        method: 'POST',
        url: '/api/v1/finder',
        payload: { ...PROFILE, asOf: today, intakeYear: intakeYear - 1, host: 'UCAS' },
      });
      const ansoBefore = (before.json().results as { program: string; call: unknown }[]).find(
        (r) => r.program === 'cas-anso',
      );
      expect(ansoBefore?.call).toMatchObject({ open: false });

      // A newcomer may start an application to each of the five current calls, not the past one.
      const b = new Browser(t.app);
      await b.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
      const list = (await b.get('/applications?lang=en')).body;
      for (const call of current) expect(list, call.id).toContain(`id="start-${call.id}"`);
      for (const call of past) expect(list, call.id).not.toContain(`id="start-${call.id}"`);
    },
  );
});
