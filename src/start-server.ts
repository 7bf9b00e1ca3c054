import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';

import type { TEnv } from './config/env';
import { migrateDatabase, openDatabase, type TDatabase } from './db/client';
import { getOrCreateSetting } from './db/repositories/setting.repository';
import { seedDemo } from './db/seed/seed-demo';
import { buildApp } from './http/app';
import { startJobs, type TJobs } from './jobs/worker';
import type { TDeps } from './services/context';

export type TRunningSystem = {
  app: FastifyInstance;
  deps: TDeps;
  jobs: TJobs | null;
  isDemoSeeded: boolean;
  stop: () => Promise<void>;
};

/**
 * Composes the system: database (PostgreSQL or PGlite), migrations, demo data, job workers and
 * the web app. `database` may be passed in (tests share one); `now` is the clock.
 */
export async function startServer(opts: {
  env: TEnv;
  now?: () => Date;
  database?: TDatabase;
  logger?: boolean;
  listen?: boolean;
}): Promise<TRunningSystem> {
  const { env } = opts;
  const now = opts.now ?? (() => new Date());
  const database =
    opts.database ??
    (await openDatabase({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite') }));
  await migrateDatabase(database);
  const isDemoSeeded = env.DEMO_DATA ? await seedDemo(database.db, now()) : false;
  const cookieSecret =
    env.COOKIE_SECRET ??
    (await getOrCreateSetting(database.db, 'cookie_secret', randomBytes(32).toString('hex')));

  const deps: TDeps = { database, env, now };
  let jobs: TJobs | null = null;
  const app = await buildApp({
    deps,
    cookieSecret,
    logger: opts.logger === false ? false : { level: env.LOG_LEVEL },
  });
  if (env.RUN_JOBS) {
    jobs = await startJobs(deps, (msg, err) => app.log.error({ err }, msg));
    const started = jobs;
    deps.onMailQueued = () => started.nudgeMail();
  }
  if (opts.listen !== false) await app.listen({ port: env.PORT, host: env.HOST });

  let stopped = false;
  return {
    app,
    deps,
    jobs,
    isDemoSeeded,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Stop taking requests and let in-flight ones finish, then the workers, then the pool.
      await app.close();
      await jobs?.stop();
      if (!opts.database) await database.close();
    },
  };
}
