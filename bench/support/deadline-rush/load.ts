// The load generator's HTTP side: each client's CSRF token (before the rush), then the
// open-model schedule — request i leaves at its own time whatever happened to earlier ones.
// node:http with one keep-alive agent and no socket cap: a slow server makes requests pile
// up (as browsers would), it never slows the arrivals.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import type { TClient, TGroup } from './shared';

const SESSION_COOKIE = 'jx_session';
const REQUEST_TIMEOUT_MS = 30_000;

export type TArmedClient = TClient & { cookie: string; body: string };

export type TResult = {
  group: TGroup;
  applicationId: string;
  locale: TClient['locale'];
  /** performance.now() times, ms: when it was due, when it left, when its answer ended. */
  scheduledAt: number;
  sentAt: number;
  doneAt: number;
  status: number;
  location: string;
  body: string;
  error: string | null;
};

export function createAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 });
}

type TResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

function decode(buffer: Buffer, encoding: string | undefined): string {
  if (encoding === 'br') return brotliDecompressSync(buffer).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(buffer).toString('utf8');
  return buffer.toString('utf8');
}

function send(
  agent: http.Agent,
  origin: URL,
  opts: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string },
  onSent?: () => void,
): Promise<TResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: opts.method,
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const encoding = res.headers['content-encoding'];
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: decode(Buffer.concat(chunks), encoding),
            });
          } catch (err) {
            reject(err as Error);
          }
        });
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    onSent?.();
    req.end(opts.body);
  });
}

/** Which page a client opens for its CSRF token, and the form that page must show. */
export type TArmPage = 'submit' | 'profile';

function pageOf(client: TClient, page: TArmPage): { path: string; action: string } {
  return page === 'submit'
    ? {
        path: `/applications/${client.applicationId}/submit`,
        action: `/applications/${client.applicationId}/submit`,
      }
    : { path: '/applicant/profile', action: '/applicant/profile' };
}

/**
 * What a browser holds before the rush: it opened a page with a form, which gave it the
 * `_csrf` cookie and the form's token (any form's token passes for the cookie's secret). On
 * the "check your answers" page (`submit`) the form is there only when the app itself finds
 * the draft complete: a missing form is an error here.
 */
export async function armClients(
  agent: http.Agent,
  baseUrl: string,
  clients: TClient[],
  opts: { concurrency: number; page: (index: number) => TArmPage },
): Promise<TArmedClient[]> {
  const origin = new URL(baseUrl);
  const armed: TArmedClient[] = new Array(clients.length);
  let next = 0;
  const worker = async () => {
    while (next < clients.length) {
      const index = next++;
      const client = clients[index]!;
      const { path, action } = pageOf(client, opts.page(index));
      const res = await send(agent, origin, {
        method: 'GET',
        path,
        headers: { cookie: `${SESSION_COOKIE}=${client.token}`, 'accept-encoding': 'br, gzip' },
      });
      const setCookies = res.headers['set-cookie'] ?? [];
      const csrfCookie = setCookies.map((c) => /^_csrf=([^;]*)/.exec(c)?.[1]).find(Boolean);
      const formAt = res.body.indexOf(`action="${action}"`);
      const token = /name="_csrf" value="([^"]+)"/.exec(res.body.slice(formAt))?.[1];
      if (res.status !== 200 || !csrfCookie || formAt < 0 || !token) {
        throw new Error(
          `GET ${path} did not offer its form (status ${res.status}, csrf cookie ${csrfCookie ? 'yes' : 'no'}): ${res.body.slice(0, 300)}`,
        );
      }
      armed[index] = {
        ...client,
        cookie: `${SESSION_COOKIE}=${client.token}; _csrf=${csrfCookie}`,
        body: new URLSearchParams({ _csrf: token }).toString(),
      };
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return armed;
}

/**
 * Sends each client's submission at `t0 + offsets[i]` (performance.now() clock) and resolves
 * with every outcome once all have answered, failed or timed out.
 */
export function runOpenModel(
  agent: http.Agent,
  baseUrl: string,
  clients: TArmedClient[],
  t0: number,
  offsets: number[],
): Promise<TResult[]> {
  const origin = new URL(baseUrl);
  return Promise.all(
    clients.map(
      (client, i) =>
        new Promise<TResult>((resolve) => {
          const scheduledAt = t0 + offsets[i]!;
          const fire = (): void => {
            // A timer may fire a little early by this clock: never send before the schedule.
            const early = scheduledAt - performance.now();
            if (early > 0) {
              setTimeout(fire, Math.ceil(early));
              return;
            }
            let sentAt = performance.now();
            const finish = (r: Partial<TResult>) =>
              resolve({
                group: client.group,
                applicationId: client.applicationId,
                locale: client.locale,
                scheduledAt,
                sentAt,
                doneAt: performance.now(),
                status: 0,
                location: '',
                body: '',
                error: null,
                ...r,
              });
            send(
              agent,
              origin,
              {
                method: 'POST',
                path: `/applications/${client.applicationId}/submit`,
                headers: {
                  cookie: client.cookie,
                  'content-type': 'application/x-www-form-urlencoded',
                  'content-length': String(Buffer.byteLength(client.body)),
                  'accept-encoding': 'br, gzip',
                },
                body: client.body,
              },
              () => (sentAt = performance.now()),
            ).then(
              (res) =>
                finish({
                  status: res.status,
                  location: String(res.headers.location ?? ''),
                  // Only refusals are read; an accepted submission's body is an empty redirect.
                  body: res.status === 303 ? '' : res.body,
                }),
              (err: unknown) => finish({ error: err instanceof Error ? err.message : String(err) }),
            );
          };
          setTimeout(fire, Math.max(0, scheduledAt - performance.now()));
        }),
    ),
  );
}
