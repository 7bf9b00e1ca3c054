// Which failed requests of a watched page are the page's fault. A request the browser gave up
// because the page moved on (a click on a link, a form posted, a reload) fails with
// net::ERR_ABORTED; the user sees nothing wrong, so it is no problem. Anything else is: a
// refused or reset connection, a timeout, an abort with no navigation to explain it. HTTP
// error statuses are judged apart, from the responses.

/** A request that failed, with the page's navigation count when it started. */
export type TFailedRequest = {
  method: string;
  url: string;
  errorText: string;
  /** How many main-frame navigations the page had made when the request was sent. */
  navigationsAtStart: number;
};

/** The error Chromium gives a request cancelled by the browser itself. */
const ABORTED = 'net::ERR_ABORTED';

/**
 * Whether a failed request was cancelled because the page navigated after it was sent. The
 * judgement waits until the problems are read, because Chromium may report the abort before
 * the navigation that caused it commits.
 * @example isNavigationAbort({ errorText: 'net::ERR_ABORTED', navigationsAtStart: 1, … }, 2) // true
 */
export function isNavigationAbort(failure: TFailedRequest, navigationsNow: number): boolean {
  return failure.errorText === ABORTED && navigationsNow > failure.navigationsAtStart;
}

/**
 * The failed requests that are problems, as lines for a test's assertion.
 * @example failureProblems([{ method: 'GET', url, errorText: 'net::ERR_CONNECTION_REFUSED', navigationsAtStart: 0 }], 3)
 * // ['request failed: GET http://… (net::ERR_CONNECTION_REFUSED)']
 */
export function failureProblems(
  failures: readonly TFailedRequest[],
  navigationsNow: number,
): string[] {
  return failures
    .filter((f) => !isNavigationAbort(f, navigationsNow))
    .map((f) => `request failed: ${f.method} ${f.url} (${f.errorText})`);
}
