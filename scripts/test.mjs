// `npm test`: the whole suite, ending with ONE plain line `N passed, N failed[, N skipped]`
// (CI reads it) and a non-zero exit code when anything failed or a run crashed.
//
//   a. vitest projects unit + db + e2e, database tests on PGlite        (JX_TEST_DB=pglite)
//   b. vitest project db again on real PostgreSQL                        (JX_TEST_DB=postgres)
//      TEST_DATABASE_URL if set, otherwise a throwaway cluster (scripts/pg-temp.mjs).
//
// `npm test -- <vitest args>` (e.g. `npm test -- src/domain`, `npm test -- -t 'sign in'`) runs
// only (a) with those args; `--project` in them replaces the default projects, and
// `JX_TEST_DB=postgres npm test -- src/db` runs the selection on PostgreSQL instead.
// Missing PostgreSQL or Chromium is a warning locally and a failure when CI=true.
// Counts are also written to .test-results/summary.json.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { start as startPg } from './pg-temp.mjs';
import { countRun, formatSummary, inspectArgs, sumCounts } from './test-summary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resultsDir = join(root, '.test-results');
const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const CHROMIUM = '/usr/bin/chromium';
const onCi = process.env.CI === 'true' || process.env.CI === '1';

const userArgs = process.argv.slice(2);
const args = inspectArgs(userArgs);

/** Lines repeated just above the closing line so they do not scroll away. */
const notes = [];
/** @type {Array<{ name: string, passed: number, failed: number, skipped: number, crashed: boolean, seconds: number }>} */
const runs = [];
/** Failures that are not tests (a missing browser or database on CI). */
let setupFailures = 0;
let interrupted = false;
/** @type {import('node:child_process').ChildProcess | null} */
let child = null;
/** @type {null | { stop: () => void }} */
let pg = null;

const say = (line) => process.stdout.write(`${line}\n`);
const warn = (line) => {
  say(`WARNING: ${line}`);
  notes.push(`WARNING: ${line}`);
};
const fail = (line) => {
  say(`FAILED: ${line}`);
  notes.push(`FAILED: ${line}`);
  setupFailures += 1;
};

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // A second signal: give up waiting. The exit handler still stops the cluster.
    if (interrupted) finish(130);
    interrupted = true;
    // Ctrl-C reaches vitest too (same process group); a `kill` of this process does not.
    // With no vitest running, main() sees the flag after its current step and stops.
    if (child && child.exitCode === null) child.kill(signal);
  });
}
// Last resort: a throwaway cluster never outlives the runner.
process.on('exit', () => pg?.stop());

try {
  await main();
  finish();
} catch (err) {
  say(`ERROR: test runner: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  setupFailures += 1;
  finish();
}

async function main() {
  if (!existsSync(vitestBin))
    throw new Error('vitest is not installed: run `npm install` (or `npm ci`) first');
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const haveChromium = existsSync(CHROMIUM);
  if (!haveChromium) {
    const msg = `Chromium not found at ${CHROMIUM}: browser tests (project e2e) were not run; install chromium (apt-get install -y chromium fonts-noto-cjk) to run them`;
    // Only the full suite on CI must include the browser tests; a selection just warns.
    if (onCi && !args.passthrough) fail(msg);
    else warn(msg);
  }

  if (args.passthrough) {
    // A selection: run (a) only, with the caller's arguments.
    const db = process.env.JX_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
    const env = { JX_TEST_DB: db };
    if (db === 'postgres') {
      const url = await postgresUrl();
      if (!url) return;
      env.TEST_DATABASE_URL = url;
    }
    const projects = args.chooseProjects ? [] : ['unit', 'db', ...(haveChromium ? ['e2e'] : [])];
    const run = await vitest(
      `selection-${db}`,
      [...projects.flatMap((p) => ['--project', p]), ...userArgs],
      env,
    );
    // A selection that matches no test file is most likely a typo: say so, and fail.
    if (run && !run.crashed && run.files === 0 && !interrupted) {
      fail(`no test file matched: ${userArgs.join(' ')}`);
    }
    return;
  }

  // (a) everything, database tests on PGlite
  const projects = ['unit', 'db', ...(haveChromium ? ['e2e'] : [])];
  await vitest(
    'pglite',
    projects.flatMap((p) => ['--project', p]),
    { JX_TEST_DB: 'pglite' },
  );
  if (interrupted) return;

  // (b) the database tests again on PostgreSQL
  const url = await postgresUrl();
  if (!url || interrupted) return;
  await vitest('postgres', ['--project', 'db'], { JX_TEST_DB: 'postgres', TEST_DATABASE_URL: url });
}

/** TEST_DATABASE_URL, or a throwaway cluster; null (with a warning or failure) when there is none. */
async function postgresUrl() {
  if (process.env.TEST_DATABASE_URL) {
    say(`PostgreSQL: TEST_DATABASE_URL (${redact(process.env.TEST_DATABASE_URL)})`);
    return process.env.TEST_DATABASE_URL;
  }
  const started = Date.now();
  pg = await startPg({ log: (line) => say(`${line}, started in ${seconds(started)} s`) });
  if (!pg) {
    const msg =
      'PostgreSQL not found: database tests ran on PGlite only; install postgresql to run them on both';
    if (onCi) fail(msg);
    else warn(msg);
    return null;
  }
  return pg.url;
}

/**
 * One vitest run with the JSON reporter beside the usual output.
 * @param {string} name
 * @param {string[]} selection
 * @param {Record<string, string>} env
 */
async function vitest(name, selection, env) {
  const outputFile = join(resultsDir, `${name}.json`);
  const reporters = args.chooseReporters
    ? ['--reporter=json']
    : ['--reporter=default', '--reporter=json'];
  const argv = [
    vitestBin,
    'run',
    ...selection,
    '--passWithNoTests',
    ...reporters,
    `--outputFile.json=${outputFile}`,
  ];
  say('');
  say(
    `▶ vitest ${name}: ${Object.entries(env)
      .map(([k, v]) => `${k}=${k.endsWith('_URL') ? redact(v) : v}`)
      .join(' ')} vitest run ${selection.join(' ')}`,
  );

  const started = Date.now();
  const result = await new Promise((resolve) => {
    child = spawn(process.execPath, argv, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['inherit', 'inherit', 'pipe'],
    });
    let tail = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (err) => resolve({ code: -1, signal: null, tail: String(err) }));
    child.on('close', (code, signal) => resolve({ code, signal, tail }));
  });
  child = null;

  // A project missing from vitest.config.ts is not a failure (nothing of it can run).
  if (
    result.code !== 0 &&
    /No projects matched the filter/.test(result.tail) &&
    !args.chooseProjects
  ) {
    warn(
      `vitest ${name}: ${/No projects matched the filter[^\n]*/.exec(result.tail)?.[0]} (not counted)`,
    );
    return null;
  }

  let report = null;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    // no report: counted as a crash below
  }
  const counts = countRun(report, result.code);
  const run = { name, ...counts, seconds: Number(seconds(started)) };
  runs.push(run);
  const files = Array.isArray(report?.testResults) ? report.testResults.length : 0;
  const detail = `${formatSummary(counts)} in ${run.seconds} s`;
  if (counts.crashed)
    notes.push(
      `vitest ${name}: run crashed (exit ${result.signal ?? result.code}, ${report ? 'no failing test reported' : 'no JSON report'}); counted as 1 failed`,
    );
  else notes.push(`vitest ${name}: ${detail}`);
  return { ...run, files };
}

function finish(forcedCode) {
  pg?.stop();
  pg = null;
  const total = sumCounts(runs);
  total.failed += setupFailures;
  // An interrupted suite is not a green one (its killed run usually counts already).
  if (interrupted && total.failed === 0) total.failed = 1;
  const summary = { ...total, interrupted, runs, notes };
  try {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  } catch {
    // the closing line still says it all
  }
  say('');
  for (const note of notes) say(note);
  if (interrupted) say('Interrupted.');
  say(formatSummary(total));
  const code = forcedCode ?? (interrupted ? 130 : total.failed > 0 ? 1 : 0);
  process.exit(code);
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
