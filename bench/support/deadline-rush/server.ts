// The deadline-rush server child: `node --import tsx server.ts <pglite|postgres> [url]`.
// It owns the database (an in-memory PGlite lives in one process only), prepares the data,
// runs the real system (startServer) on 127.0.0.1 with an injected clock, and answers the
// parent over IPC: set the clock for the rush, measure the rush window, report what the
// database holds afterwards. A child process so that the server has one core to itself and
// the load generator the other (2 cores).
import { performance } from 'node:perf_hooks';

import { and, eq, inArray, sql } from 'drizzle-orm';

import { loadEnv } from '@/config/env';
import { migrateDatabase, openDatabase, type TDatabase } from '@/db/client';
import { applicationEvents, applications, auditLog, outboxEmails } from '@/db/schema';
import { seedDemo } from '@/db/seed/seed-demo';
import { startServer, type TRunningSystem } from '@/start-server';

import { counters, instrumentDrivers, resetCounters, topStatements } from './instrument';
import { assertComplete, prepareApplicants } from './prepare';
import {
  DEADLINE_MS,
  LATE_COUNT,
  RUSH_COUNT,
  WINDOW_MS,
  type TAppFact,
  type TClient,
  type TEngine,
  type TPrepared,
  type TReply,
  type TRequest,
  type TServerStats,
} from './shared';

const [engineArg = 'pglite', url] = process.argv.slice(2);
const engine = engineArg as TEngine;

// The clock: Date.now() + offset. Until the parent sets the rush's start, "now" is three
// minutes before the deadline (the sessions are made then, so they are fresh for it); then
// the parent's t0 becomes 60 s before the deadline.
let offset = DEADLINE_MS - 180_000 - Date.now();
const now = () => new Date(Date.now() + offset);

instrumentDrivers();

let database: TDatabase | null = null;
let system: TRunningSystem | null = null;
let clients: TClient[] = [];

// Per-request time inside the server, from the raw request event to the response's finish.
let isRecording = false;
let inFlight = 0;
let maxInFlight = 0;
const serverMs = { submit: [] as number[], other: [] as number[] };
let windowStart = { cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() };

async function prepare(): Promise<TPrepared> {
  const t0 = performance.now();
  database = await openDatabase({ url: engine === 'postgres' ? url : undefined, dataDir: null });
  await migrateDatabase(database);
  if (!(await seedDemo(database.db, now()))) throw new Error('the database was not empty');
  const t1 = performance.now();
  const prepared = await prepareApplicants(database.db, now(), {
    rush: RUSH_COUNT,
    late: LATE_COUNT,
  });
  clients = prepared.clients;
  const t2 = performance.now();
  const env = loadEnv({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // No mail server here: confirmations stay in the outbox (counted), no worker polls.
    RUN_JOBS: 'false',
    // The coarse per-address guard would see every applicant as 127.0.0.1.
    RATE_LIMIT_PER_MINUTE: '100000000',
    DEMO_DATA: 'false',
    DATABASE_URL: undefined,
  });
  system = await startServer({ env, now, database, logger: false });
  for (const c of clients.filter((_, i) => i % 211 === 0))
    await assertComplete(system.deps, c.applicationId);
  system.app.server.prependListener('request', (req, res) => {
    if (!isRecording) return;
    const start = performance.now();
    const isSubmit = req.method === 'POST' && /\/submit$/.test(req.url ?? '');
    inFlight++;
    if (inFlight > maxInFlight) maxInFlight = inFlight;
    res.once('close', () => {
      inFlight--;
      (isSubmit ? serverMs.submit : serverMs.other).push(performance.now() - start);
    });
  });
  const address = system.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return {
    port: address.port,
    clients,
    rows: prepared.rows,
    timings: {
      migrateSeedS: (t1 - t0) / 1000,
      insertS: (t2 - t1) / 1000,
      startS: (performance.now() - t2) / 1000,
    },
  };
}

async function facts(): Promise<TAppFact[]> {
  if (!database) throw new Error('not prepared');
  const { db } = database;
  const ids = clients.map((c) => c.applicationId);
  const apps = await db
    .select({
      id: applications.id,
      status: applications.status,
      receiptNumber: applications.receiptNumber,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .where(inArray(applications.id, ids));
  const audits = await db
    .select({ id: auditLog.entityId, n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(eq(auditLog.action, 'application.submitted'), eq(auditLog.entityType, 'application')),
    )
    .groupBy(auditLog.entityId);
  const events = await db
    .select({ id: applicationEvents.applicationId, n: sql<number>`count(*)::int` })
    .from(applicationEvents)
    .where(eq(applicationEvents.kind, 'submitted'))
    .groupBy(applicationEvents.applicationId);
  const mails = await db
    .select({ id: outboxEmails.relatedId, n: sql<number>`count(*)::int` })
    .from(outboxEmails)
    .where(
      and(
        eq(outboxEmails.template, 'application_submitted'),
        eq(outboxEmails.relatedType, 'application'),
      ),
    )
    .groupBy(outboxEmails.relatedId);
  const byId = (rows: { id: string | null; n: number }[]) =>
    new Map(rows.map((r) => [r.id ?? '', r.n]));
  const [a, e, m] = [byId(audits), byId(events), byId(mails)];
  return apps.map((r) => ({
    id: r.id,
    status: r.status,
    receiptNumber: r.receiptNumber,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    audits: a.get(r.id) ?? 0,
    events: e.get(r.id) ?? 0,
    mails: m.get(r.id) ?? 0,
  }));
}

async function handle(req: TRequest): Promise<unknown> {
  switch (req.cmd) {
    case 'clock':
      // At real time t0 the server's clock reads 60 s before the deadline.
      offset = DEADLINE_MS - WINDOW_MS - req.t0WallMs;
      return { now: now().toISOString() };
    case 'stats-start':
      isRecording = true;
      serverMs.submit = [];
      serverMs.other = [];
      maxInFlight = inFlight;
      resetCounters();
      windowStart = { cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() };
      return null;
    case 'stats-end': {
      isRecording = false;
      const cpu = process.cpuUsage(windowStart.cpu);
      const stats: TServerStats = {
        cpuMs: (cpu.user + cpu.system) / 1000,
        elu: performance.eventLoopUtilization(windowStart.elu).utilization,
        serverMs,
        maxInFlight,
        queries: counters.queries,
        queryMs: counters.queryMs,
        transactions: counters.transactions,
        transactionMs: counters.txHoldMs,
        waitMs: counters.txWaitMs,
        top: topStatements(12),
      };
      return stats;
    }
    case 'facts':
      return facts();
    case 'stop':
      await shutdown();
      return null;
  }
}

let isStopping = false;
async function shutdown(): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  await system?.stop().catch(() => undefined);
  await database?.close().catch(() => undefined);
}

process.on('message', (msg: TRequest) => {
  handle(msg).then(
    (result) => process.send?.({ id: msg.id, ok: true, result } satisfies TReply),
    (err: unknown) =>
      process.send?.({
        id: msg.id,
        ok: false,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies TReply),
  );
});
process.on('disconnect', () => void shutdown().then(() => process.exit(0)));
process.on('SIGTERM', () => void shutdown().then(() => process.exit(0)));

try {
  const prepared = await prepare();
  process.send?.({ id: 0, ok: true, result: prepared } satisfies TReply);
} catch (err) {
  process.send?.({
    id: 0,
    ok: false,
    error: err instanceof Error ? (err.stack ?? err.message) : String(err),
  } satisfies TReply);
  await shutdown();
  process.exit(1);
}
