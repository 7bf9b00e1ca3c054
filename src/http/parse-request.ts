import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

import { AppError } from '@/services/app-error';

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * The route's query string, parsed by its schema (STYLE 3.5). A value the schema refuses is the
 * client's mistake: an AppError `bad_request`, which the error middleware answers with 400 and
 * the site's error page in the user's language (or the API's JSON error).
 * @example const { page } = parseQuery(ZMailboxQuery, request);
 */
export function parseQuery<T extends z.ZodType>(schema: T, request: FastifyRequest): z.output<T> {
  const parsed = schema.safeParse(request.query ?? {});
  if (!parsed.success) throw new AppError('bad_request', `Bad query: ${describe(parsed.error)}`);
  return parsed.data;
}

/**
 * The route's path parameters, parsed by its schema. A malformed id names nothing, so a value
 * the schema refuses is an AppError `not_found` (404, the same page as an id nobody has).
 * @example const { id } = parseParams(ZMailParams, request);
 */
export function parseParams<T extends z.ZodType>(schema: T, request: FastifyRequest): z.output<T> {
  const parsed = schema.safeParse(request.params ?? {});
  if (!parsed.success) throw new AppError('not_found', `Bad path: ${describe(parsed.error)}`);
  return parsed.data;
}
