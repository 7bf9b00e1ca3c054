// A throwaway PostgreSQL cluster for the test runner (scripts/test.mjs): initdb in a temp dir,
// start on a free port on 127.0.0.1, create `jiangxue_test`, and later stop it and delete
// everything. The server refuses to run as root, so as root it runs as an existing
// unprivileged user (`nobody`, or JX_PG_USER) through runuser. No system user is created here.
//
//   const pg = await start();   // { url, port, dir, version } or null when no binaries exist
//   ...
//   pg.stop();                  // synchronous, safe to call twice and from an exit handler

import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  appendFileSync,
  constants,
  chownSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';

export const DATABASE = 'jiangxue_test';

/** Finds initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin first, then PATH. */
export function findPgBin() {
  const base = '/usr/lib/postgresql';
  let versions = [];
  try {
    versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    // no Debian layout
  }
  const dirs = [
    ...versions.map((v) => join(base, v, 'bin')),
    ...(process.env.PATH ?? '').split(delimiter),
  ];
  for (const dir of dirs) {
    if (dir && isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl'))) {
      return {
        dir,
        initdb: join(dir, 'initdb'),
        pgCtl: join(dir, 'pg_ctl'),
        pgIsready: isExecutable(join(dir, 'pg_isready')) ? join(dir, 'pg_isready') : null,
        psql: isExecutable(join(dir, 'psql')) ? join(dir, 'psql') : null,
      };
    }
  }
  return null;
}

/**
 * Starts a throwaway cluster. Returns null when PostgreSQL is not installed; throws when it is
 * installed but will not start (with the server log in the message).
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function start({ log = () => {} } = {}) {
  const bin = findPgBin();
  if (!bin) return null;

  const asUser = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'jx-pg-'));
  const data = join(dir, 'data');
  let started = false;
  let stopped = false;

  const run = (cmd, args) => {
    const argv = asUser ? ['runuser', ['-u', asUser.name, '--', cmd, ...args]] : [cmd, args];
    return spawnSync(argv[0], argv[1], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (started) run(bin.pgCtl, ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (asUser) chownSync(dir, asUser.uid, asUser.gid);

    // Collation C and ctype C.UTF-8 are what PGlite uses; plain C where C.UTF-8 is missing.
    const initArgs = [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-instructions',
    ];
    let init = run(bin.initdb, [...initArgs, '--locale=C', '--lc-ctype=C.UTF-8']);
    if (init.status !== 0) {
      rmSync(data, { recursive: true, force: true });
      init = run(bin.initdb, [...initArgs, '--no-locale']);
    }
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr || init.stdout}`);
    appendFileSync(
      join(data, 'postgresql.conf'),
      '\n# throwaway test cluster (scripts/pg-temp.mjs)\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n',
    );

    let port = 0;
    let lastError = '';
    for (let attempt = 0; attempt < 3 && !started; attempt++) {
      port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
      // Detached: the server gets no Ctrl-C of its own; the runner stops it in order.
      const res = await runDetached(
        asUser,
        bin.pgCtl,
        ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', options, 'start'],
        dir,
      );
      if (res.code === 0) started = true;
      else lastError = res.output;
    }
    if (!started) throw new Error(`pg_ctl start failed:\n${lastError}\n${readLog(dir)}`);

    if (bin.pgIsready) {
      const ready = spawnSync(
        bin.pgIsready,
        ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-t', '20'],
        { encoding: 'utf8' },
      );
      if (ready.status !== 0)
        throw new Error(`pg_isready: ${ready.stdout}${ready.stderr}\n${readLog(dir)}`);
    }
    await createDatabase(port, bin);

    const version = /\/postgresql\/(\d+)\//.exec(bin.dir)?.[1] ?? '';
    log(`PostgreSQL${version ? ` ${version}` : ''} test cluster on 127.0.0.1:${port} (${dir})`);
    return { url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`, port, dir, version, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

async function createDatabase(port, bin) {
  // Through the pg driver (a dependency) so no createdb/psql binary is needed.
  try {
    const { default: pg } = await import('pg');
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      database: 'postgres',
    });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (err) {
    if (!bin.psql) throw err;
    const res = spawnSync(
      bin.psql,
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-c',
        `CREATE DATABASE ${DATABASE}`,
      ],
      { encoding: 'utf8' },
    );
    if (res.status !== 0) throw new Error(`CREATE DATABASE failed: ${res.stderr}`, { cause: err });
  }
}

/** As root: the unprivileged user the server runs as (JX_PG_USER, default nobody). */
function runAsUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const name = process.env.JX_PG_USER || 'nobody';
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      `running as root and user "${name}" does not exist: set JX_PG_USER to an unprivileged user`,
    );
  }
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function runDetached(asUser, cmd, args, cwd) {
  const [file, argv] = asUser ? ['runuser', ['-u', asUser.name, '--', cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: -1, output: String(err) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

function readLog(dir) {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
