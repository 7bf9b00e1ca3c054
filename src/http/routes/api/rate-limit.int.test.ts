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

/** Requests from the test client (inject connects from 127.0.0.1), each naming another client. */
async function fromForwarded(app: TTestApp['app'], forwardedFor: string) {
  return app.inject({ url: '/api/v1/programs', headers: { 'x-forwarded-for': forwardedFor } });
}

describe('X-Forwarded-For is believed only from a configured proxy (TRUST_PROXY)', () => {
  it('without TRUST_PROXY, a client that rotates X-Forwarded-For after a 429 still gets 429', async () => {
    const own = await createTestApp(database, { env: testEnv({ RATE_LIMIT_PER_MINUTE: '3' }) });
    try {
      for (let i = 0; i < 3; i++)
        expect((await fromForwarded(own.app, `203.0.113.${i}`)).statusCode).toBe(200);
      for (let i = 3; i < 8; i++)
        expect((await fromForwarded(own.app, `203.0.113.${i}`)).statusCode).toBe(429);
    } finally {
      await own.app.close();
    }
  });

  it('with TRUST_PROXY naming another host, the test client’s X-Forwarded-For is ignored', async () => {
    const env = testEnv({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '10.0.0.1' });
    const own = await createTestApp(database, { env });
    try {
      for (let i = 0; i < 3; i++) await fromForwarded(own.app, `198.51.100.${i}`);
      expect((await fromForwarded(own.app, '198.51.100.99')).statusCode).toBe(429);
    } finally {
      await own.app.close();
    }
  });

  it('with TRUST_PROXY=127.0.0.1, the forwarded address is the client: each has its own budget', async () => {
    const env = testEnv({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1' });
    const own = await createTestApp(database, { env });
    try {
      for (let i = 0; i < 3; i++)
        expect((await fromForwarded(own.app, '192.0.2.1')).statusCode).toBe(200);
      expect((await fromForwarded(own.app, '192.0.2.1')).statusCode).toBe(429);
      const other = await fromForwarded(own.app, '192.0.2.2');
      expect(other.statusCode).toBe(200);
      expect(other.headers['x-ratelimit-remaining']).toBe('2');
      // The proxy itself, speaking for no one, is one more client with its own budget.
      expect((await own.app.inject('/api/v1/programs')).statusCode).toBe(200);
    } finally {
      await own.app.close();
    }
  });
});
