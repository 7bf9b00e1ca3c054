// A server for the load benchmarks, run in its own process (`node --import tsx serve.ts <mode>`)
// so that it owns one core and the load generator the other. Two modes:
//   app  — the real system: startServer on an in-memory PGlite, migrated, with the demo data.
//   bare — a bare Fastify answering, on the same URLs, a static HTML string (the very bytes the
//          app rendered for that path, so the same size and the same compression cost) and a
//          JSON echo for POST /api/v1/finder: the ceiling of this machine. It compresses with
//          @fastify/compress set as the app sets it, so a compressed run compares like for like.
// When listening it sends `{ port }` to its parent over IPC and prints `listening on <port>`;
// asked `'cpu'`, it answers `{ cpu: process.cpuUsage() }` (CPU time per request is a steadier
// figure than req/s on a machine others share); it stops on SIGTERM or when the parent goes.
import compress from '@fastify/compress';
import Fastify from 'fastify';

import { loadEnv } from '@/config/env';
import { migrateDatabase, openDatabase } from '@/db/client';
import { startServer } from '@/start-server';

export type TBareSpec = {
  /** path → the HTML string served there. */
  pages: Record<string, string>;
};

const [mode = 'app', specArg] = process.argv.slice(2);

function announce(port: number): void {
  process.send?.({ port });
  console.log(`listening on ${port}`);
}

async function serveApp(): Promise<() => Promise<void>> {
  const database = await openDatabase({ dataDir: null });
  await migrateDatabase(database);
  const env = loadEnv({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RUN_JOBS: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    DEMO_DATA: 'true',
  });
  const system = await startServer({ env, database });
  const address = system.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  announce(address.port);
  return async () => {
    await system.stop();
    await database.close();
  };
}

async function serveBare(spec: TBareSpec): Promise<() => Promise<void>> {
  const app = Fastify({ logger: false });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  for (const [path, html] of Object.entries(spec.pages)) {
    app.get(path, async (_request, reply) =>
      reply.header('content-type', 'text/html; charset=utf-8').send(html),
    );
  }
  app.post('/api/v1/finder', async (request) => request.body);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  announce(address.port);
  return () => app.close();
}

const stop =
  mode === 'bare'
    ? await serveBare(JSON.parse(specArg ?? '{"pages":{}}') as TBareSpec)
    : await serveApp();

let isStopping = false;
async function shutdown(): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  await stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.on('disconnect', () => void shutdown());
process.on('message', (msg) => {
  if (msg === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
