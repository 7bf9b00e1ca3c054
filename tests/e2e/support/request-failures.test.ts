import { describe, expect, it } from 'vitest';

import { failureProblems, isNavigationAbort, type TFailedRequest } from './request-failures';

const failed = (errorText: string, navigationsAtStart: number): TFailedRequest => ({
  method: 'GET',
  url: 'http://127.0.0.1:3000/assets/favicon.svg',
  errorText,
  navigationsAtStart,
});

describe('failed requests of a watched page', () => {
  it.each([
    [
      'an abort after the page navigated on → not a problem',
      failed('net::ERR_ABORTED', 1),
      2,
      true,
    ],
    ['an abort with no navigation since → a problem', failed('net::ERR_ABORTED', 2), 2, false],
    [
      'a refused connection after a navigation → still a problem',
      failed('net::ERR_CONNECTION_REFUSED', 1),
      2,
      false,
    ],
    ['a reset connection → a problem', failed('net::ERR_CONNECTION_RESET', 0), 0, false],
    ['a timeout after a navigation → still a problem', failed('net::ERR_TIMED_OUT', 0), 5, false],
  ])('%s', (_name, failure, navigationsNow, isForgiven) => {
    expect(isNavigationAbort(failure, navigationsNow)).toBe(isForgiven);
  });

  it('the favicon dropped by a navigation (the CI flake) is no problem; a refused script is', () => {
    const problems = failureProblems(
      [
        failed('net::ERR_ABORTED', 3),
        { ...failed('net::ERR_CONNECTION_REFUSED', 3), url: 'http://127.0.0.1:3000/assets/app.js' },
      ],
      4,
    );
    expect(problems).toEqual([
      'request failed: GET http://127.0.0.1:3000/assets/app.js (net::ERR_CONNECTION_REFUSED)',
    ]);
  });
});
