import { describe, expect, test } from 'vitest';
import { countRun, formatSummary, inspectArgs, sumCounts } from './test-summary.mjs';

const report = (over: Record<string, unknown> = {}) => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  success: true,
  testResults: [],
  ...over,
});

describe('countRun', () => {
  test('counts passed, failed and skipped (todo included)', () => {
    const r = report({
      numPassedTests: 7,
      numFailedTests: 2,
      numPendingTests: 3,
      numTodoTests: 1,
      success: false,
    });
    expect(countRun(r, 1)).toEqual({ passed: 7, failed: 2, skipped: 4, crashed: false });
  });

  test('an empty, successful run is 0 / 0 and not a crash (e.g. a project with no files yet)', () => {
    expect(countRun(report(), 0)).toEqual({ passed: 0, failed: 0, skipped: 0, crashed: false });
  });

  test('a file that fails without a failing test (import error, beforeAll) counts as one failure', () => {
    const r = report({
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 2,
      success: false,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'failed' }] },
        { status: 'failed', message: 'Cannot find module', assertionResults: [] },
        {
          status: 'failed',
          message: 'hook',
          assertionResults: [{ status: 'skipped' }, { status: 'skipped' }],
        },
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
    });
    expect(countRun(r, 1)).toEqual({ passed: 1, failed: 3, skipped: 2, crashed: false });
  });

  test('a non-zero exit with nothing failed (unhandled error) is a crash counted as 1 failed', () => {
    expect(countRun(report({ numPassedTests: 4 }), 1)).toEqual({
      passed: 4,
      failed: 1,
      skipped: 0,
      crashed: true,
    });
    expect(countRun(report({ numPassedTests: 4, success: false }), 0)).toMatchObject({
      failed: 1,
      crashed: true,
    });
  });

  test('no report at all (startup error, killed) is a crash', () => {
    expect(countRun(null, 1)).toEqual({ passed: 0, failed: 1, skipped: 0, crashed: true });
    expect(countRun(null, null)).toMatchObject({ failed: 1, crashed: true });
    expect(countRun(null, 0)).toMatchObject({ failed: 1, crashed: true });
  });

  test('ignores malformed fields', () => {
    expect(countRun({ numPassedTests: 'x', testResults: 'nope', success: true }, 0)).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
      crashed: false,
    });
  });
});

describe('sumCounts and formatSummary', () => {
  test('sums over runs', () => {
    const total = sumCounts([
      { passed: 10, failed: 1, skipped: 2 },
      { passed: 5, failed: 0 },
    ]);
    expect(total).toEqual({ passed: 15, failed: 1, skipped: 2 });
  });

  test('the closing line is plain, with skipped only when there are some', () => {
    expect(formatSummary({ passed: 15, failed: 1, skipped: 2 })).toBe(
      '15 passed, 1 failed, 2 skipped',
    );
    expect(formatSummary({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
    expect(formatSummary({ passed: 0, failed: 0 })).toBe('0 passed, 0 failed');
    expect(formatSummary(sumCounts([]))).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});

describe('inspectArgs', () => {
  test('no args: the full suite', () => {
    expect(inspectArgs([])).toEqual({
      passthrough: false,
      chooseProjects: false,
      chooseReporters: false,
    });
  });

  test('filters and flags pass through; own --project / --reporter are noticed', () => {
    expect(inspectArgs(['src/domain'])).toMatchObject({ passthrough: true, chooseProjects: false });
    expect(inspectArgs(['--project', 'unit'])).toMatchObject({ chooseProjects: true });
    expect(inspectArgs(['--project=db'])).toMatchObject({ chooseProjects: true });
    expect(inspectArgs(['--reporter=verbose'])).toMatchObject({ chooseReporters: true });
    expect(inspectArgs(['--projectile'])).toMatchObject({ chooseProjects: false });
  });
});
