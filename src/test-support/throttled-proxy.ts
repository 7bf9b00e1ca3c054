import { createServer, connect, type Server, type Socket } from 'node:net';

export type TThrottledProxy = {
  port: number;
  /** Bytes forwarded from clients to the server: what crossed the (throttled) link. */
  readonly bytesUp: number;
  /** Bytes read from clients (forwarded, queued, or lost when a link was cut). */
  readonly bytesFromClients: number;
  /** Cuts every open connection at once, as a dropped mobile link would. */
  cutAll: () => void;
  close: () => Promise<void>;
};

export type TProxyOptions = {
  targetPort: number;
  /** Upstream bandwidth (client → server) in bytes per second; unset = unthrottled. */
  upBytesPerSecond?: number;
  /** Added one-way latency in each direction. */
  latencyMs?: number;
  /** Told after each forwarded piece, with the running total of `bytesUp`. */
  onUp?: (bytesUp: number) => void;
};

const TICK_MS = 10;
/** The proxy stops reading a client past this backlog, so the client's bytes wait in its own buffers. */
const HIGH_WATER = 32 * 1024;

/**
 * A TCP proxy on 127.0.0.1 that throttles uploads, adds latency and can cut every connection:
 * a slow, dropping link between a client and a local server, for tests and the upload bench.
 */
export async function startThrottledProxy(opts: TProxyOptions): Promise<TThrottledProxy> {
  const latency = opts.latencyMs ?? 0;
  const rate = opts.upBytesPerSecond;
  const sockets = new Set<Socket>();
  let bytesUp = 0;
  let bytesFromClients = 0;

  const server: Server = createServer((client) => {
    const upstream = connect(opts.targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const queue: { chunk: Buffer; readyAt: number }[] = [];
    let queued = 0;
    let clientEnded = false;
    let timer: NodeJS.Timeout | null = null;
    let last = Date.now();
    let allowance = 0;
    const drop = () => {
      if (timer) clearInterval(timer);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    const pump = () => {
      const now = Date.now();
      allowance =
        rate === undefined
          ? Infinity
          : Math.min(allowance + ((now - last) * rate) / 1000, rate / 10);
      last = now;
      while (queue.length > 0 && queue[0]!.readyAt <= now && allowance >= 1) {
        const head = queue[0]!;
        const n = Math.min(head.chunk.length, Math.floor(allowance));
        const piece = head.chunk.subarray(0, n);
        if (n === head.chunk.length) queue.shift();
        else head.chunk = head.chunk.subarray(n);
        allowance -= n;
        queued -= n;
        bytesUp += n;
        if (!upstream.destroyed) upstream.write(piece);
        opts.onUp?.(bytesUp);
      }
      if (queued < HIGH_WATER / 2 && client.isPaused()) client.resume();
      if (clientEnded && queue.length === 0) upstream.end();
    };
    timer = setInterval(pump, TICK_MS);
    client.on('data', (chunk: Buffer) => {
      bytesFromClients += chunk.length;
      queue.push({ chunk, readyAt: Date.now() + latency });
      queued += chunk.length;
      if (queued > HIGH_WATER) client.pause();
    });
    client.on('end', () => {
      clientEnded = true;
    });
    upstream.on('data', (chunk: Buffer) => {
      if (latency === 0) client.write(chunk);
      else setTimeout(() => !client.destroyed && client.write(chunk), latency);
    });
    upstream.on('end', () => setTimeout(() => client.end(), latency));
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', () => setTimeout(drop, latency));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    get bytesUp() {
      return bytesUp;
    },
    get bytesFromClients() {
      return bytesFromClients;
    },
    cutAll: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
