import type { TSignInFailureStats } from '@/db/repositories/sign-in-failure.repository';

// Note: OWASP authentication cheat sheet, "Login Throttling": a growing delay instead of a
// lock, so nobody can lock an account by failing on purpose. The numbers are in docs/rules.md.
export const SIGN_IN_THROTTLE = {
  /** Failures of one (login name, address) pair that are free, within `windowHours`. */
  pairFreeFailures: 5,
  /** Failures of a login name, all addresses together, that the pair and account count. */
  windowHours: 24,
  /** Login names that may fail from one address within `sourceWindowMinutes`. */
  sourceFreeNames: 10,
  sourceWindowMinutes: 60,
  /** Failures of a login name across all addresses above which each pair gets one free. */
  accountCeiling: 20,
  pairFreeFailuresAboveCeiling: 1,
  /** The first wait; each further failure doubles it, up to `maxDelaySeconds`. */
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** Failures of a login name within the window that make its owner be emailed (once). */
  alertFailures: 5,
} as const;

export type TThrottleScope = 'pair' | 'source';

export type TThrottleVerdict =
  { isAllowed: true } | { isAllowed: false; scope: TThrottleScope; retryAfterSeconds: number };

/**
 * The wait earned by `failures` when `free` of them cost nothing: base·2^(failures − free),
 * at most the cap.
 * @example delaySeconds(5, 5) // 30; delaySeconds(6, 5) // 60; delaySeconds(4, 5) // 0
 */
export function delaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  const { baseDelaySeconds, maxDelaySeconds } = SIGN_IN_THROTTLE;
  return Math.min(maxDelaySeconds, baseDelaySeconds * 2 ** Math.min(failures - free, 20));
}

function remainingSeconds(lastAt: Date | null, delay: number, now: Date): number {
  if (!lastAt || delay === 0) return 0;
  return Math.max(0, Math.ceil((lastAt.getTime() + delay * 1000 - now.getTime()) / 1000));
}

/**
 * Whether an attempt may be checked at all, from the failures before it. A browser that signed
 * in to this account before (OWASP device cookies: `isTrustedDevice`) is judged on its pair
 * alone, so a neighbour behind the same address, or a crowd guessing the account, does not
 * hold up its owner. The account ceiling only lowers the free failures of each pair to one:
 * a first attempt from any address is always checked, so it never locks the owner out.
 * @example judgeAttempt({ pairFailures: 5, pairLastAt: now, … }, now, false) // pair, 30 s
 */
export function judgeAttempt(
  stats: TSignInFailureStats,
  now: Date,
  isTrustedDevice: boolean,
): TThrottleVerdict {
  const t = SIGN_IN_THROTTLE;
  const isCrowded = !isTrustedDevice && stats.accountFailures >= t.accountCeiling;
  const pairFree = isCrowded ? t.pairFreeFailuresAboveCeiling : t.pairFreeFailures;
  const pairWait = remainingSeconds(
    stats.pairLastAt,
    delaySeconds(stats.pairFailures, pairFree),
    now,
  );
  const sourceWait = isTrustedDevice
    ? 0
    : remainingSeconds(stats.sourceLastAt, delaySeconds(stats.sourceNames, t.sourceFreeNames), now);
  if (pairWait === 0 && sourceWait === 0) return { isAllowed: true };
  return sourceWait > pairWait
    ? { isAllowed: false, scope: 'source', retryAfterSeconds: sourceWait }
    : { isAllowed: false, scope: 'pair', retryAfterSeconds: pairWait };
}

/** Where the windows of an attempt at `now` begin. */
export function throttleWindows(now: Date): { account: Date; source: Date } {
  const t = SIGN_IN_THROTTLE;
  return {
    account: new Date(now.getTime() - t.windowHours * 3_600_000),
    source: new Date(now.getTime() - t.sourceWindowMinutes * 60_000),
  };
}

/**
 * The address a failure is counted against. IPv4 as it is; IPv6 by its /64, the block one
 * customer line or host usually gets, so an attacker cannot walk through 2^64 addresses of their
 * own to start every counter afresh; an IPv4-mapped IPv6 address as its IPv4 address.
 * @example sourceKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function sourceKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '') || '0');
  return `${prefix.join(':')}::/64`;
}
