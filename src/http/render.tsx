import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

import type { TViewContext } from '@/views/view-context';

/** The view context of a request; generates (and sets the cookie for) the CSRF token. */
export function viewContext(request: FastifyRequest, reply: FastifyReply): TViewContext {
  return {
    locale: request.locale,
    t: request.t,
    actor: request.actor,
    csrfToken: reply.generateCsrf(),
    currentUrl: request.url,
  };
}

/** Sends a server-rendered page. Preact escapes every interpolated value. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${renderToString(page)}`);
}
