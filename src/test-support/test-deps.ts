import { loadEnv, type TEnv } from '@/config/env';
import type { TDatabase } from '@/db/client';
import type { TDeps } from '@/services/context';

/**
 * A clock tests move by hand. With `tickOnRead` every reading moves it on by that many
 * milliseconds, as a busy server's clock does while a request waits for a lock.
 */
export class TestClock {
  private tickMs = 0;
  constructor(private current: Date = new Date('2026-01-10T02:00:00Z')) {}
  now = (): Date => {
    const at = new Date(this.current.getTime());
    this.current = new Date(this.current.getTime() + this.tickMs);
    return at;
  };
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
  /** Every later reading advances the clock by `ms` (0 stops it again). */
  tickOnRead(ms: number): void {
    this.tickMs = ms;
  }
}

export function testEnv(overrides: Record<string, string> = {}): TEnv {
  return loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RUN_JOBS: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    ...overrides,
  });
}

/**
 * The one factory of a use-case's dependencies in tests: the test database, a test
 * environment and a clock the test holds. Service, job and app tests all start here.
 * @example const deps = testDeps(database, { clock: new TestClock(new Date('2026-01-31T15:59:59Z')) });
 */
export function testDeps(
  database: TDatabase,
  opts: { clock?: TestClock; env?: TEnv; onMailQueued?: () => void } = {},
): TDeps & { clock: TestClock } {
  const clock = opts.clock ?? new TestClock();
  return {
    database,
    env: opts.env ?? testEnv(),
    now: clock.now,
    clock,
    ...(opts.onMailQueued ? { onMailQueued: opts.onMailQueued } : {}),
  };
}
