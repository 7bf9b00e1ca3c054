import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';

import { isLocale, localeFromAcceptLanguage, type TLocale } from '@/i18n/locales';
import { translate, translator, type TMessageKey } from '@/i18n/translate';
import { ANONYMOUS } from '@/policies/actor';
import { navigationFor } from '@/policies/navigation';
import { ErrorPage } from '@/views/pages/error-page';
import { StaticErrorPage } from '@/views/pages/static-error-page';

import { renderPage, sendPage } from '../render';
import { LANG_COOKIE } from '../types';

type TMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

const LANG_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([^;]*)`);

/** The language of a request no hook has seen: the visitor's choice (cookie), else Accept-Language. */
function localeOfHeaders(cookie: string | undefined, acceptLanguage: string | undefined): TLocale {
  const chosen = cookie ? LANG_COOKIE_PATTERN.exec(cookie)?.[1] : undefined;
  return isLocale(chosen) ? chosen : localeFromAcceptLanguage(acceptLanguage);
}

function isApiPath(url: string | undefined): boolean {
  return url?.startsWith('/api/') ?? false;
}

/**
 * Fastify's `frameworkErrors`: the router refused the URL before any hook ran (a path parameter
 * over maxParamLength is 414, a malformed percent-encoding 400). Without this Fastify answers
 * with its own JSON. There is a request but no session or language yet: the page is in the
 * language of the cookie or Accept-Language, as a visitor who is not signed in; /api/ paths get
 * the contract's JSON error. The URL itself is never echoed (it may be 10,000 characters).
 */
export function frameworkErrorHandler(securityHeaders: TMiddleware) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    const [titleKey, messageKey]: [TMessageKey, TMessageKey] =
      status < 500
        ? ['error.bad_request_title', 'error.bad_request']
        : ['error.generic_title', 'error.generic'];
    if (status >= 500) request.log.error({ err: error }, 'framework error');
    const locale = localeOfHeaders(request.headers.cookie, request.headers['accept-language']);
    const t = translator(locale);
    securityHeaders(request.raw, reply.raw, () => {
      if (isApiPath(request.raw.url)) {
        void reply.status(status).send({ error: { path: '', message: t(messageKey) } });
        return;
      }
      const ctx = { locale, t, nav: navigationFor(ANONYMOUS), csrfToken: '', currentUrl: '/' };
      void sendPage(reply, ErrorPage({ ctx, title: t(titleKey), message: t(messageKey) }), status);
    });
  };
}

// Rendered once: the parser's refusals need no request to answer.
const STATIC_PAGES: Record<TLocale, string> = {
  en: renderPage(StaticErrorPage({ first: 'en' })),
  'zh-CN': renderPage(StaticErrorPage({ first: 'zh-CN' })),
};

/** What little the refused bytes say, read as bytes: the request line and Accept-Language. */
function sniff(rawPacket: Buffer | undefined): { isApi: boolean; locale: TLocale } {
  const head = rawPacket ? rawPacket.toString('latin1', 0, 16_384) : '';
  const path = /^[A-Z]+ (\S+)/.exec(head)?.[1];
  const cookie = /\r\ncookie:[ \t]*([^\r\n]*)/i.exec(head)?.[1];
  const acceptLanguage = /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(head)?.[1];
  return { isApi: isApiPath(path), locale: localeOfHeaders(cookie, acceptLanguage) };
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the request (headers over the size
 * limit, a malformed header line or Content-Length, a timeout), so there is no request object
 * and the answer is written to the socket by hand. A small page in both languages (the one the
 * bytes ask for first), or the contract's JSON error when the request line names /api/.
 */
export function clientErrorHandler(err: ConnectionError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  // Note: Node passes the bytes as a Buffer (Fastify's type says otherwise).
  const raw: unknown = err.rawPacket;
  const { isApi, locale } = sniff(Buffer.isBuffer(raw) ? raw : undefined);
  const [type, body] = isApi
    ? [
        'application/json; charset=utf-8',
        JSON.stringify({ error: { path: '', message: translate(locale, 'error.bad_request') } }),
      ]
    : ['text/html; charset=utf-8', STATIC_PAGES[locale]];
  if (!socket.writable) return void socket.destroy();
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
      `Content-Type: ${type}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Content-Security-Policy: default-src 'none'; style-src 'self'; frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
