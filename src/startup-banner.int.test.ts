import { afterEach, describe, expect, it } from 'vitest';

import { seedDemo } from './db/seed/seed-demo';
import { insertUser } from './db/repositories/user.repository';
import { TestClock, testEnv } from './test-support/test-deps';
import { openTestDatabase, TEST_DB_KIND, type TTestDatabase } from './test-support/test-database';
import { startupBanner } from './startup-banner';

let database: TTestDatabase | null = null;
afterEach(async () => {
  await database?.drop();
  database = null;
});

describe(`what npm start prints (${TEST_DB_KIND})`, () => {
  it('names the demo’s open calls on the day it was loaded, and says so when they have all closed since', async () => {
    database = await openTestDatabase();
    const clock = new TestClock(new Date('2026-12-02T02:00:00Z'));
    const env = testEnv({ DEMO_DATA: 'true', DATA_DIR: '/tmp/jx-data' });
    const deps = { database, env, now: clock.now };
    await seedDemo(database.db, clock.now());
    const fresh = await startupBanner(deps, env);
    expect(fresh).toContain('Demo data, loaded on 2026-12-02');
    expect(fresh).toMatch(/^ {2}cas-anso-2027-ucas +until 2027-01-31$/m);
    expect(fresh).toMatch(/^ {2}pifi-2027 +until /m);
    expect(fresh).toMatch(/^ {2}csc-2027 +until /m);
    expect(fresh).toMatch(/^ {2}bgs-2027-blcu +until /m);
    // The past call is closed, as planned: it is not announced as open.
    expect(fresh).not.toContain('cas-anso-2026-ucas');
    expect(fresh).not.toContain('No call open today');
    expect(fresh).toContain('applicant@demo.jiangxue.test');
    expect(fresh).toContain(
      'dispatching_authority authority@demo.jiangxue.test (VN, agency 10610)',
    );

    // A year on, the same database: nothing is announced as open, and the way to a fresh demo.
    clock.set('2027-12-02T02:00:00Z');
    const aged = await startupBanner(deps, env);
    expect(aged).not.toContain('Calls open today');
    expect(aged).toContain(
      'No call open today for CAS-ANSO, PIFI, CSC Bilateral, BGS: the demo has aged.',
    );
    expect(aged).toContain(
      TEST_DB_KIND === 'postgres' ? 'Start on an empty database' : 'delete /tmp/jx-data',
    );
  });

  it('a database that already had other data gets no demo, and no demo users are announced', async () => {
    database = await openTestDatabase();
    const now = new Date('2026-12-02T02:00:00Z');
    await insertUser(database.db, {
      email: 'registrar@example.edu',
      displayName: 'Registrar',
      passwordHash: 'x',
      locale: 'en',
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const env = testEnv({ DEMO_DATA: 'true' });
    expect(await seedDemo(database.db, now)).toBe(false);
    const banner = await startupBanner({ database, env, now: () => now }, env);
    expect(banner).toContain('no demo was loaded');
    expect(banner).not.toContain('Demo users');
    expect(banner).not.toContain('jiangxue-demo-2026');
  });
});
