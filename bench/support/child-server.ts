// Starts bench/support/serve.ts in a child process and waits for its port.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { TBareSpec } from './serve';

export type TChildServer = {
  url: string;
  pid: number;
  /** The child's CPU time so far (user + system), in microseconds. */
  cpuMicros: () => Promise<number>;
  stop: () => Promise<void>;
};

const serveScript = join(dirname(fileURLToPath(import.meta.url)), 'serve.ts');

/**
 * `app`: the real system; `bare`: bare Fastify with the given page sizes. `execArgv` adds Node
 * flags for the child (e.g. `--cpu-prof`); BENCH_CPU_PROF=dir turns profiling on for `app`.
 */
export async function startChildServer(
  mode: 'app' | 'bare',
  opts: { bare?: TBareSpec; execArgv?: string[] } = {},
): Promise<TChildServer> {
  const profDir = process.env.BENCH_CPU_PROF;
  const execArgv = [
    '--import',
    'tsx',
    ...(mode === 'app' && profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []),
    ...(opts.execArgv ?? []),
  ];
  const args = mode === 'bare' ? ['bare', JSON.stringify(opts.bare ?? { pages: {} })] : ['app'];
  const child = fork(serveScript, args, {
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${mode} server did not start in 60 s`)),
      60_000,
    );
    child.once('message', (msg: { port?: number }) => {
      clearTimeout(timer);
      if (typeof msg.port === 'number') resolve(msg.port);
      else reject(new Error(`unexpected message from ${mode} server`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${mode} server exited with ${code} before listening`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    cpuMicros: () =>
      new Promise<number>((resolve) => {
        const onMessage = (msg: { cpu?: NodeJS.CpuUsage }) => {
          if (!msg.cpu) return;
          child.off('message', onMessage);
          resolve(msg.cpu.user + msg.cpu.system);
        };
        child.on('message', onMessage);
        child.send('cpu');
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
