import { createServer } from 'node:net';

import { startServer, type TRunningSystem } from '@/start-server';
import { testEnv } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';
import { SmtpPeer } from '@/test-support/smtp-peer';

export type TE2eSystem = {
  /** http://127.0.0.1:PORT — also the PUBLIC_URL, so links in emails open in the browser. */
  baseUrl: string;
  /** The real SMTP server the mail worker delivers to. */
  peer: SmtpPeer;
  database: TTestDatabase;
  running: TRunningSystem;
  stop: () => Promise<void>;
};

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * The whole system as `npm start` runs it, in this process: a fresh test database (PGlite, or
 * PostgreSQL when JX_TEST_DB=postgres), demo data, the pg-boss mail worker sending through a
 * real local SMTP peer, and the web app listening on 127.0.0.1. PUBLIC_URL is the listening
 * address, so the links in the emails work. `overrides` are extra environment settings;
 * `seededAt` is the moment the database is created, from which the demo plans its calls, and
 * the server's clock until the journey sets its own (so the demo it meets is the same whatever
 * day it runs).
 */
export async function startE2eSystem(
  overrides: Record<string, string> = {},
  opts: { seededAt?: Date } = {},
): Promise<TE2eSystem> {
  const peer = new SmtpPeer();
  const smtpUrl = await peer.start();
  let database: TTestDatabase | null = null;
  try {
    database = await openTestDatabase();
    // The port is chosen before start-up because PUBLIC_URL must name it; another process
    // could take it in between, so a taken port is retried with a new one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const env = testEnv({
        SMTP_URL: smtpUrl,
        RUN_JOBS: 'true',
        DEMO_DATA: 'true',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        LOG_LEVEL: process.env.JX_E2E_LOG_LEVEL ?? 'silent',
        ...overrides,
      });
      const seededAt = opts.seededAt;
      const running = await startServer({
        env,
        database,
        listen: false,
        ...(seededAt ? { now: () => new Date(seededAt) } : {}),
      });
      try {
        await running.app.listen({ port: env.PORT, host: env.HOST });
      } catch (err) {
        await running.stop();
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 5) continue;
        throw err;
      }
      const db = database;
      return {
        baseUrl,
        peer,
        database: db,
        running,
        stop: async () => {
          await running.stop();
          await db.drop();
          await peer.stop();
        },
      };
    }
  } catch (err) {
    await database?.drop().catch(() => undefined);
    await peer.stop();
    throw err;
  }
}
