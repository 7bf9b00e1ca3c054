import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';

import type { TEnv } from '@/config/env';
import type { TDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { buildApp } from '@/http/app';
import type { TDeps } from '@/services/context';

import { testDeps, type TestClock } from './test-deps';

export type TTestApp = {
  app: FastifyInstance;
  deps: TDeps;
  clock: TestClock;
  routes: RouteOptions[];
};

/** The real app (every plugin, hook and route) on a test database, driven with inject(). */
export async function createTestApp(
  database: TDatabase,
  opts: { clock?: TestClock; env?: TEnv; seed?: boolean } = {},
): Promise<TTestApp> {
  const { clock, ...deps } = testDeps(database, opts);
  if (opts.seed) await seedDemo(database.db, clock.now());
  const routes: RouteOptions[] = [];
  const app = await buildApp({
    deps,
    cookieSecret: 'test-cookie-secret-0123456789abcdef',
    logger: false,
    onRoute: (r) => routes.push(r),
  });
  await app.ready();
  return { app, deps, clock, routes };
}

/**
 * A cookie jar for inject(): keeps what the server sets, like a browser. `ip` is the address
 * its requests come from (request.ip), so tests can sign in from different places.
 */
export class Browser {
  private cookies = new Map<string, string>();
  private readonly remoteAddress: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    opts: { ip?: string } = {},
  ) {
    this.remoteAddress = opts.ip;
  }

  private address(): { remoteAddress?: string } {
    return this.remoteAddress ? { remoteAddress: this.remoteAddress } : {};
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(), ...headers },
      ...this.address(),
    });
    this.remember(res);
    return res;
  }

  /** Fetches the form page first for its CSRF token, as a browser would, unless `csrf` is false. */
  async post(
    url: string,
    fields: Record<string, string>,
    opts: { csrfFrom?: string; csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams(fields);
    if (opts.csrf !== false) {
      const page = await this.get(opts.csrfFrom ?? '/account');
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
      if (!token) throw new Error(`no CSRF token on ${opts.csrfFrom ?? '/account'}`);
      body.set('_csrf', token);
    }
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      ...this.address(),
    });
    this.remember(res);
    return res;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.post('/sign-in', { email, password }, { csrfFrom: '/sign-in' });
  }
}
