import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { AccessDeniedError } from '@/policies/access';
import { AppError } from '@/services/app-error';
import { ErrorPage } from '@/views/pages/error-page';

import { sendPage, viewContext } from '../render';

type TMapped = { status: number; titleKey: TMessageKey; messageKey: TMessageKey };

function mapError(err: unknown): TMapped {
  if (err instanceof AccessDeniedError) {
    return err.status === 404
      ? { status: 404, titleKey: 'error.not_found_title', messageKey: 'error.not_found' }
      : { status: 403, titleKey: 'error.forbidden_title', messageKey: 'error.forbidden' };
  }
  if (err instanceof AppError) {
    if (err.status === 404)
      return { status: 404, titleKey: 'error.not_found_title', messageKey: 'error.not_found' };
    if (err.status === 403)
      return { status: 403, titleKey: 'error.forbidden_title', messageKey: 'error.forbidden' };
    return { status: err.status, titleKey: 'error.generic_title', messageKey: 'error.generic' };
  }
  const fe = err as FastifyError;
  if (fe.code?.startsWith('FST_CSRF'))
    return { status: 403, titleKey: 'error.csrf_title', messageKey: 'error.csrf' };
  if (fe.statusCode === 429)
    return { status: 429, titleKey: 'error.rate_limited_title', messageKey: 'error.rate_limited' };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return {
      status: fe.statusCode,
      titleKey: 'error.bad_request_title',
      messageKey: 'error.bad_request',
    };
  }
  return { status: 500, titleKey: 'error.generic_title', messageKey: 'error.generic' };
}

/** AppError codes → HTTP status and a page (or the contract's JSON error) in the user's language. */
export function registerErrors(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = mapError(err);
    if (mapped.status >= 500) request.log.error({ err }, 'request failed');
    if (request.routeOptions.config?.isApi || request.url.startsWith('/api/')) {
      return reply
        .status(mapped.status)
        .send({ error: { path: '', message: request.t(mapped.messageKey) } });
    }
    const ctx = viewContext(request, reply);
    return sendPage(
      reply,
      ErrorPage({ ctx, title: ctx.t(mapped.titleKey), message: ctx.t(mapped.messageKey) }),
      mapped.status,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/'))
      return reply.status(404).send({ error: { path: '', message: 'Not found' } });
    const ctx = viewContext(request, reply);
    return sendPage(
      reply,
      ErrorPage({ ctx, title: ctx.t('error.not_found_title'), message: ctx.t('error.not_found') }),
      404,
    );
  });
}
