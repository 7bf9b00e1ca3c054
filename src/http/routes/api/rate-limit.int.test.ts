import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, type TTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, env: testEnv({ RATE_LIMIT_PER_MINUTE: '3' }) });
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

describe('public API rate limit', () => {
  it('answers 429 with the contract’s JSON error once a client passes its limit', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.app.inject('/api/v1/programs')).statusCode).toBe(200);
    const limited = await t.app.inject({ method: 'POST', url: '/api/v1/finder', payload: {} });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: { path: '', message: 'Wait a minute and try again.' },
    });
  });
});
