import { describe, expect, it } from 'vitest';

import type { TSignInFailureStats } from '@/db/repositories/sign-in-failure.repository';

import { delaySeconds, judgeAttempt, sourceKey } from './sign-in-throttle';

const now = new Date('2026-01-10T02:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const none: TSignInFailureStats = {
  pairFailures: 0,
  pairLastAt: null,
  accountFailures: 0,
  sourceNames: 0,
  sourceLastAt: null,
};

describe('delaySeconds', () => {
  it.each([
    [4, 5, 0],
    [5, 5, 30],
    [6, 5, 60],
    [9, 5, 480],
    [10, 5, 900],
    [1_000, 5, 900],
    [1, 1, 30],
  ])('%i failures with %i free → %i s', (failures, free, expected) => {
    expect(delaySeconds(failures, free)).toBe(expected);
  });
});

describe('judgeAttempt', () => {
  it('four failures of a pair: the fifth attempt is checked at once', () => {
    expect(judgeAttempt({ ...none, pairFailures: 4, pairLastAt: now }, now, false)).toEqual({
      isAllowed: true,
    });
  });

  it('five failures of a pair, the last 10 s ago → 20 s to wait', () => {
    const stats = { ...none, pairFailures: 5, pairLastAt: secondsAgo(10), accountFailures: 5 };
    expect(judgeAttempt(stats, now, false)).toEqual({
      isAllowed: false,
      scope: 'pair',
      retryAfterSeconds: 20,
    });
  });

  it('exactly when the wait is over → checked', () => {
    const stats = { ...none, pairFailures: 5, pairLastAt: secondsAgo(30) };
    expect(judgeAttempt(stats, now, false).isAllowed).toBe(true);
  });

  it('a trusted device is held up by its own pair only', () => {
    const stats = { ...none, pairFailures: 5, pairLastAt: now };
    expect(judgeAttempt(stats, now, true)).toMatchObject({ isAllowed: false, scope: 'pair' });
  });

  it('ten names failed from an address → the address waits, unless the device is trusted', () => {
    const stats = { ...none, sourceNames: 10, sourceLastAt: now };
    expect(judgeAttempt(stats, now, false)).toEqual({
      isAllowed: false,
      scope: 'source',
      retryAfterSeconds: 30,
    });
    expect(judgeAttempt(stats, now, true).isAllowed).toBe(true);
    expect(judgeAttempt({ ...stats, sourceNames: 9 }, now, false).isAllowed).toBe(true);
  });

  it('the longer of two waits is the one given', () => {
    const stats = { ...none, pairFailures: 6, pairLastAt: now, sourceNames: 10, sourceLastAt: now };
    expect(judgeAttempt(stats, now, false)).toMatchObject({ scope: 'pair', retryAfterSeconds: 60 });
  });

  it('at the account ceiling (20), a pair has one free failure; its first attempt always passes', () => {
    const crowded = { ...none, accountFailures: 20 };
    expect(judgeAttempt(crowded, now, false).isAllowed).toBe(true);
    const once = { ...crowded, pairFailures: 1, pairLastAt: now };
    expect(judgeAttempt(once, now, false)).toMatchObject({ retryAfterSeconds: 30 });
    expect(judgeAttempt({ ...once, accountFailures: 19 }, now, false).isAllowed).toBe(true);
    expect(judgeAttempt(once, now, true).isAllowed).toBe(true);
  });
});

describe('sourceKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s → %s', (ip, expected) => {
    expect(sourceKey(ip)).toBe(expected);
  });
});
