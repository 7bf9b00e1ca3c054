import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { AccessDeniedError } from '@/policies/access';
import { AppError, type TAppErrorCode } from '@/services/app-error';
import { ErrorPage } from '@/views/pages/error-page';

import { sendPage, viewContext } from '../render';

type TMapped = { status: number; titleKey: TMessageKey; messageKey: TMessageKey };

const BAD_REQUEST = {
  titleKey: 'error.bad_request_title',
  messageKey: 'error.bad_request',
} as const;
const NOT_FOUND = { titleKey: 'error.not_found_title', messageKey: 'error.not_found' } as const;
const FORBIDDEN = { titleKey: 'error.forbidden_title', messageKey: 'error.forbidden' } as const;
const RATE_LIMITED = {
  titleKey: 'error.rate_limited_title',
  messageKey: 'error.rate_limited',
} as const;
const GENERIC = { titleKey: 'error.generic_title', messageKey: 'error.generic' } as const;

/** Each AppError code: its status (the one table in services/app-error) and what the page says. */
const APP_ERROR_PAGES: Record<TAppErrorCode, Omit<TMapped, 'status'>> = {
  bad_request: BAD_REQUEST,
  unauthenticated: GENERIC,
  forbidden: FORBIDDEN,
  not_found: NOT_FOUND,
  conflict: GENERIC,
  rate_limited: RATE_LIMITED,
  unavailable: GENERIC,
};

function mapError(err: unknown): TMapped {
  if (err instanceof AccessDeniedError)
    return err.status === 404 ? { status: 404, ...NOT_FOUND } : { status: 403, ...FORBIDDEN };
  if (err instanceof AppError) return { status: err.status, ...APP_ERROR_PAGES[err.code] };
  const fe = err as FastifyError;
  if (fe.code?.startsWith('FST_CSRF'))
    return { status: 403, titleKey: 'error.csrf_title', messageKey: 'error.csrf' };
  if (fe.statusCode === 429) return { status: 429, ...RATE_LIMITED };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return { status: fe.statusCode, ...BAD_REQUEST };
  return { status: 500, ...GENERIC };
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
