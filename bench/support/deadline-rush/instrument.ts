// Counts the server child's database work without touching the app's code: it wraps the
// drivers' prototypes (pg's Client and Pool, PGlite) in this process only. Call it before the
// database is opened. The figures say where a submission's time goes: how many queries, how
// long they took, and how long requests waited for the single PGlite connection or a pool slot.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type TDbCounters = {
  queries: number;
  /** Summed wall time of queries, from the driver call to its answer (PGlite: includes the wait for the connection). */
  queryMs: number;
  transactions: number;
  /** Summed time from asking for a transaction to holding the connection (PGlite's lock, pg's pool). */
  txWaitMs: number;
  /** Summed time a transaction held its connection, BEGIN to COMMIT. */
  txHoldMs: number;
};

export const counters: TDbCounters = {
  queries: 0,
  queryMs: 0,
  transactions: 0,
  txWaitMs: 0,
  txHoldMs: 0,
};

/** Per statement (its SQL text, shortened): how many and their summed wall time, ms. */
export const statements = new Map<string, { n: number; ms: number }>();

export function resetCounters(): void {
  counters.queries = 0;
  counters.queryMs = 0;
  counters.transactions = 0;
  counters.txWaitMs = 0;
  counters.txHoldMs = 0;
  statements.clear();
}

function countStatement(text: string, ms: number): void {
  // BEGIN and COMMIT are statements on pg but internal to PGlite's transaction(): count neither.
  if (/^(begin|commit|rollback)\b/i.test(text.trim())) return;
  counters.queries++;
  counters.queryMs += ms;
  const key = text.replace(/\s+/g, ' ');
  const s = statements.get(key);
  if (s) {
    s.n++;
    s.ms += ms;
  } else statements.set(key, { n: 1, ms });
}

/** The statements that took the most time in all, most first. */
export function topStatements(limit: number): { sql: string; n: number; ms: number }[] {
  return [...statements.entries()]
    .map(([sql, s]) => ({ sql, ...s }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

type TAnyFn = (...args: unknown[]) => unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Wraps a driver's query method: reports its wall time, promise or callback style. */
function timed(original: TAnyFn, onDone: (ms: number, args: unknown[]) => void): TAnyFn {
  return function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const done = () => onDone(performance.now() - start, args);
    const cbAt = args.findIndex((a) => typeof a === 'function');
    if (cbAt >= 0) {
      const cb = args[cbAt] as TAnyFn;
      args[cbAt] = (...r: unknown[]) => {
        done();
        return cb(...r);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (isThenable(result)) result.then(done, done);
    return result;
  };
}

const txStarted = new WeakMap<object, number>();

function queryText(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  const text = (arg as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

export function instrumentDrivers(): void {
  // node-postgres: every query goes through Client#query (Pool#query borrows a client).
  const clientProto = pg.Client.prototype as unknown as Record<string, TAnyFn>;
  const pgQuery = clientProto.query!;
  const timedPgQuery = timed(pgQuery, (ms, args) => countStatement(queryText(args[0]), ms));
  clientProto.query = function (this: object, ...args: unknown[]) {
    // drizzle opens a transaction with `begin` and ends it with `commit` or `rollback`.
    const text = queryText(args[0]).trim().toLowerCase();
    if (text.startsWith('begin')) {
      counters.transactions++;
      txStarted.set(this, performance.now());
    } else if (text === 'commit' || text === 'rollback') {
      const started = txStarted.get(this);
      if (started !== undefined) counters.txHoldMs += performance.now() - started;
      txStarted.delete(this);
    }
    return timedPgQuery.apply(this, args);
  };
  const poolProto = pg.Pool.prototype as unknown as Record<string, TAnyFn>;
  poolProto.connect = timed(poolProto.connect!, (ms) => {
    counters.txWaitMs += ms;
  });

  // PGlite: one connection; query and transaction each take its exclusive lock.
  const liteProto = PGlite.prototype as unknown as Record<string, TAnyFn>;
  const liteQuery = liteProto.query!;
  const liteTransaction = liteProto.transaction!;
  const countLite = (ms: number, args: unknown[]) => countStatement(queryText(args[0]), ms);
  liteProto.query = timed(liteQuery, countLite);
  liteProto.transaction = async function (this: unknown, ...args: unknown[]) {
    const asked = performance.now();
    const body = args[0] as (tx: Record<string, TAnyFn>) => Promise<unknown>;
    counters.transactions++;
    return liteTransaction.call(this, async (tx: Record<string, TAnyFn>) => {
      const held = performance.now();
      counters.txWaitMs += held - asked;
      tx.query = timed(tx.query!, countLite);
      try {
        return await body(tx);
      } finally {
        counters.txHoldMs += performance.now() - held;
      }
    });
  };
}
