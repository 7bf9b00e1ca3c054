// Starts the deadline-rush server child (server.ts) and talks to it: request → one reply.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { TEngine, TPrepared, TReply, TRequest, TServerStats, TAppFact } from './shared';

type TDistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type TRushServer = TPrepared & {
  url: string;
  call: (req: TDistributiveOmit<TRequest, 'id'>) => Promise<unknown>;
  stats: () => Promise<TServerStats>;
  facts: () => Promise<TAppFact[]>;
  stop: () => Promise<void>;
};

const script = join(dirname(fileURLToPath(import.meta.url)), 'server.ts');
const SETUP_TIMEOUT_MS = 180_000;

export async function startRushServer(engine: TEngine, url?: string): Promise<TRushServer> {
  const child = fork(script, [engine, ...(url ? [url] : [])], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (msg: TReply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new Error(`server child: ${msg.error}`));
  });
  child.once('exit', (code, signal) => {
    for (const p of pending.values())
      p.reject(new Error(`server child exited (${code ?? signal}) before answering`));
    pending.clear();
  });
  const wait = (id: number, timeoutMs: number) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`server child did not answer request ${id} in ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let prepared: TPrepared;
  try {
    prepared = (await wait(0, SETUP_TIMEOUT_MS)) as TPrepared;
  } catch (err) {
    await stop();
    throw err;
  }
  let nextId = 1;
  const call = (req: TDistributiveOmit<TRequest, 'id'>) => {
    const id = nextId++;
    const reply = wait(id, 60_000);
    child.send({ ...req, id } as TRequest);
    return reply;
  };
  return {
    ...prepared,
    url: `http://127.0.0.1:${prepared.port}`,
    call,
    stats: async () => (await call({ cmd: 'stats-end' })) as TServerStats,
    facts: async () => (await call({ cmd: 'facts' })) as TAppFact[],
    stop: async () => {
      await call({ cmd: 'stop' }).catch(() => undefined);
      await stop();
    },
  };
}
