import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
let port: number;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

type TRawResponse = { status: number; headers: Record<string, string>; body: string };

/** Sends bytes as they are (no client library tidies them) and reads the answer to the end. */
function rawRequest(text: string): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.end(text, 'latin1'));
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = all.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [
          l.slice(0, l.indexOf(':')).toLowerCase(),
          l.slice(l.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

function get(path: string, headers: string[] = []): Promise<TRawResponse> {
  return rawRequest(
    [`GET ${path} HTTP/1.1`, 'Host: localhost', ...headers, 'Connection: close', '', ''].join(
      '\r\n',
    ),
  );
}

function expectPage(res: TRawResponse, status: number, lang: 'en' | 'zh-CN'): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
  expect(res.body).toMatch(/^<!doctype html>/i);
  expect(res.body).toContain(`<html lang="${lang}"`);
  expect(res.body).not.toContain('FST_ERR');
}

const LONG_PARAM = 'a'.repeat(10_000);

describe('a 10,000-character path (414 from the router) gets the site’s page', () => {
  it('in English by default', async () => {
    const res = await get(`/programs/${LONG_PARAM}`);
    expectPage(res, 414, 'en');
    expect(res.body).toContain('Something is wrong with the request');
    expect(res.body).not.toContain(LONG_PARAM);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('in Chinese for Accept-Language: zh-CN', async () => {
    const res = await get(`/programs/${LONG_PARAM}`, ['Accept-Language: zh-CN,zh;q=0.9']);
    expectPage(res, 414, 'zh-CN');
    expect(res.body).toContain('请求有误');
  });

  it('in the language the visitor chose (cookie) over Accept-Language', async () => {
    const res = await get(`/programs/${LONG_PARAM}`, [
      'Accept-Language: en',
      'Cookie: jx_lang=zh-CN',
    ]);
    expectPage(res, 414, 'zh-CN');
  });

  it('an /api/ path gets the contract’s JSON error', async () => {
    const res = await get(`/api/v1/programs/${LONG_PARAM}`);
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({
      error: { path: '', message: 'Go back and check what you entered.' },
    });
  });
});

describe('a path that is not valid percent-encoding (400 from the router)', () => {
  it('gets the page in the user’s language', async () => {
    const res = await get('/programs/%E0%A4%A', ['Accept-Language: zh-CN']);
    expectPage(res, 400, 'zh-CN');
    expect(res.body).toContain('请求有误');
  });

  it('gets JSON under /api/', async () => {
    const res = await get('/api/v1/programs/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toHaveProperty('error.message');
  });
});

describe('what Node’s HTTP parser refuses (clientErrorHandler: no request, a static page)', () => {
  it('a path longer than the header limit → 431 with a page in both languages, not JSON', async () => {
    const res = await get(`/${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html>/i);
    expect(res.body).toContain('Something is wrong with the request');
    expect(res.body).toContain('请求有误');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('…with Chinese first when the request asked for it', async () => {
    const res = await rawRequest(
      `GET /${'a'.repeat(1000)} HTTP/1.1\r\nAccept-Language: zh-CN\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expect(res.body).toContain('<html lang="zh-CN"');
    expect(res.body.indexOf('请求有误')).toBeLessThan(res.body.indexOf('Something is wrong'));
  });

  it('a malformed header line → 400 page', async () => {
    const res = await get('/', ['Bad Header: x']);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Something is wrong with the request');
  });

  it('a Content-Length that is no number → 400 page', async () => {
    const res = await rawRequest(
      'POST /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: abc\r\n\r\nabc',
    );
    expect(res.status).toBe(400);
    expect(res.body).toContain('请求有误');
  });

  it('an /api/ request line gets JSON', async () => {
    const res = await get(`/api/v1/programs?${'q'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({
      error: { path: '', message: 'Go back and check what you entered.' },
    });
  });
});

describe('bodies the app cannot read', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('malformed JSON on a form route → the page, in the user’s language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="zh-CN"');
    expect(res.body).toContain('请求有误');
  });

  it('an empty JSON body on a form route → the page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('an unsupported media type → 415 page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.body).toContain('Something is wrong with the request');
  });

  it('a nonsense Content-Type → 415 page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': ';;;' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('a body over the limit → 413 page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: form,
      payload: `email=${'a'.repeat(1_100_000)}`,
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('malformed JSON, a wrong media type and a body too large on the API → JSON', async () => {
    for (const [headers, payload, status] of [
      [{ 'content-type': 'application/json' }, '{bad', 400],
      [{ 'content-type': 'text/xml' }, '<a/>', 415],
      [{ 'content-type': 'application/json' }, `"${'a'.repeat(1_100_000)}"`, 413],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/finder', headers, payload });
      expect(res.statusCode).toBe(status);
      expect(res.json()).toEqual({ error: { path: '', message: expect.any(String) } });
    }
  });
});
