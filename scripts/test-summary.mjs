// Counting for scripts/test.mjs: turns vitest JSON reports into the one plain closing line
// `N passed, N failed[, N skipped]` that CI reads. Pure functions, unit-tested beside this file.

/**
 * Counts one vitest run.
 *
 * @param {unknown} report the parsed `--reporter=json` output, or null when none was written
 * @param {number | null} exitCode the vitest process exit code (null when killed by a signal)
 * @returns {{ passed: number, failed: number, skipped: number, crashed: boolean }}
 *
 * - passed / skipped come from the report (skipped includes todo).
 * - failed counts failing tests, plus each test file that failed without a failing test
 *   (an import error, a failing beforeAll hook): those would otherwise hide in a "0 failed".
 * - a run that exited non-zero (or wrote no report, or reported success: false) with nothing
 *   counted as failed is a crash (an unhandled error, a startup error): it counts as 1 failed.
 */
export function countRun(report, exitCode) {
  const r = isObject(report) ? report : null;
  const passed = num(r?.numPassedTests);
  const skipped = num(r?.numPendingTests) + num(r?.numTodoTests);
  let failed = num(r?.numFailedTests);
  const files = Array.isArray(r?.testResults) ? r.testResults : [];
  for (const file of files) {
    if (!isObject(file) || file.status !== 'failed') continue;
    const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
    if (!tests.some((t) => isObject(t) && t.status === 'failed')) failed += 1;
  }
  const bad = r === null || r.success === false || exitCode !== 0;
  const crashed = bad && failed === 0;
  if (crashed) failed = 1;
  return { passed, failed, skipped, crashed };
}

/**
 * Sums counts over runs.
 * @param {Array<{ passed: number, failed: number, skipped?: number }>} counts
 */
export function sumCounts(counts) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const c of counts) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped ?? 0;
  }
  return total;
}

/**
 * The closing line: `N passed, N failed`, with `, N skipped` only when something was skipped.
 * @param {{ passed: number, failed: number, skipped?: number }} counts
 */
export function formatSummary({ passed, failed, skipped = 0 }) {
  const line = `${passed} passed, ${failed} failed`;
  return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}

/**
 * Splits `npm test -- ...` arguments: the ones for vitest, and what the runner must know about
 * them (did the caller choose projects or reporters itself).
 * @param {string[]} args
 */
export function inspectArgs(args) {
  const has = (flag) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
  return {
    passthrough: args.length > 0,
    chooseProjects: has('--project'),
    chooseReporters: has('--reporter'),
  };
}

function num(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function isObject(v) {
  return typeof v === 'object' && v !== null;
}
