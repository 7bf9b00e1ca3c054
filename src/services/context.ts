import type { TEnv } from '@/config/env';
import type { TDatabase } from '@/db/client';

/** Everything a use-case needs from the outside world, passed in so tests can set each part. */
export type TDeps = {
  database: TDatabase;
  env: TEnv;
  /** The clock: tests pass a fixed one (R-GEN-TIME deadlines are judged against it). */
  now: () => Date;
  /** Called after a transaction that queued mail commits, so delivery starts at once. */
  onMailQueued?: () => void;
};

/** Per-request facts recorded with every audit row. */
export type TRequestMeta = {
  requestId?: string;
  /** When the server received the request (from the injected clock): deadlines judge this. */
  receivedAt?: Date;
};

/**
 * The one instant a request's rules are judged on (R-GEN-TIME): when the server received it,
 * else the clock read once here. A use-case reads it once and passes it on, so nothing in one
 * request is judged on two different days.
 */
export function instantOf(deps: Pick<TDeps, 'now'>, meta: TRequestMeta): Date {
  return meta.receivedAt ?? deps.now();
}
