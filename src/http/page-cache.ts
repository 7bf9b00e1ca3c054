import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';

import { renderPage, sendHtml, viewContext } from './render';
import type { TViewContext } from '@/views/view-context';

// Note: performance (budget: catalog pages ≥ 10,000 req/s on one core). Rendering a
// catalog page costs several times what Fastify needs to send it (bench/README.md), and every
// anonymous visitor of the same URL in the same language gets the same bytes. So a public page
// rendered for an anonymous visitor is kept for the rest of the current second of the app's
// clock, for that data version (the published calls as loaded: an officer's edit loads a new
// list, so the next request renders afresh). Never kept: pages for a signed-in user (the header
// shows their roles), a page whose render read the CSRF token (it sets a per-visitor cookie),
// and any status but 200. Bounded: at most MAX_ENTRIES pages per data version.
//
// A kept page is also kept compressed, as @fastify/compress (app.ts) would compress it: brotli
// quality 4 in text mode or gzip at its default level, from 1 KB up. Compressing on every
// request cost three times what sending the page does. Only a plain `accept-encoding` list is
// answered here (what browsers send); one with q-values or `*` is left to @fastify/compress.

const MAX_ENTRIES = 500;
/** A URL longer than this is rendered every time rather than kept. */
const MAX_URL_LENGTH = 512;

const COMPRESS_FROM_BYTES = 1024;
const BROTLI = {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 4,
  },
};

type TEntry = { second: number; html: string; bytes: number; br?: Buffer; gzip?: Buffer };

/** 'br' or 'gzip' when a plain list of encodings names it; anything subtler is not ours. */
function plainEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null;
  const names = header
    .toLowerCase()
    .split(',')
    .map((name) => name.trim());
  if (names.some((name) => name.includes(';') || name === '*')) return null;
  if (names.includes('br')) return 'br';
  if (names.includes('gzip') || names.includes('x-gzip')) return 'gzip';
  return null;
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: TEntry): FastifyReply {
  const encoding = plainEncoding(request.headers['accept-encoding']);
  if (!encoding || entry.bytes < COMPRESS_FROM_BYTES) {
    return sendHtml(reply, entry.html);
  }
  const body =
    encoding === 'br'
      ? (entry.br ??= brotliCompressSync(entry.html, BROTLI))
      : (entry.gzip ??= gzipSync(entry.html));
  // @fastify/compress passes a body that already has a content-encoding through untouched.
  reply.header('content-encoding', encoding).header('vary', 'accept-encoding');
  return sendHtml(reply, body);
}

export type TPageCache = {
  /**
   * Sends the page for this request: from the cache when the same URL was rendered in the same
   * language, data version and second; else renders it (and keeps it when it may be shared).
   */
  send: (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { version: object; now: Date; render: (ctx: TViewContext) => Promise<VNode> | VNode },
  ) => Promise<FastifyReply>;
};

export function createPageCache(): TPageCache {
  const byVersion = new WeakMap<object, Map<string, TEntry>>();
  return {
    send: async (request, reply, { version, now, render }) => {
      const isShareable =
        request.actor.kind === 'anonymous' && request.url.length <= MAX_URL_LENGTH;
      if (!isShareable) {
        return sendHtml(reply, renderPage(await render(viewContext(request, reply))));
      }
      const second = Math.floor(now.getTime() / 1000);
      const key = `${request.locale} ${request.url}`;
      let pages = byVersion.get(version);
      const kept = pages?.get(key);
      if (kept && kept.second === second) return sendEntry(request, reply, kept);

      let isTokenRead = false;
      const ctx = viewContext(request, reply, () => {
        isTokenRead = true;
      });
      const html = renderPage(await render(ctx));
      const entry: TEntry = { second, html, bytes: Buffer.byteLength(html) };
      if (isTokenRead) return sendHtml(reply, entry.html);
      if (!pages) {
        pages = new Map();
        byVersion.set(version, pages);
      }
      pages.delete(key); // re-inserted last: the oldest entry is the first one dropped
      if (pages.size >= MAX_ENTRIES) {
        const oldest = pages.keys().next();
        if (!oldest.done) pages.delete(oldest.value);
      }
      pages.set(key, entry);
      return sendEntry(request, reply, entry);
    },
  };
}
