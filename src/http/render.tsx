import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

import { navigationFor } from '@/policies/navigation';
import type { TViewContext } from '@/views/view-context';

/**
 * The view context of a request. The CSRF token is made only when a view reads it (a page
 * with a form): public pages with no form set no cookie and stay cheap to serve.
 */
export function viewContext(
  request: FastifyRequest,
  reply: FastifyReply,
  /** Told when a view reads the token (the page cache never keeps such a page). */
  onCsrfToken?: () => void,
): TViewContext {
  let token: string | undefined;
  return {
    locale: request.locale,
    t: request.t,
    nav: navigationFor(request.actor),
    get csrfToken() {
      onCsrfToken?.();
      token ??= reply.generateCsrf();
      return token;
    },
    currentUrl: request.url,
  };
}

/** A page as HTML. Preact escapes every interpolated value. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

/** Sends HTML rendered by renderPage (a Buffer when already compressed). */
export function sendHtml(reply: FastifyReply, html: string | Buffer, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}

/** Sends a server-rendered page. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return sendHtml(reply, renderPage(page), status);
}
