import type { FastifyInstance } from 'fastify';

import { signIn } from '@/services/accounts/sign-in';
import { SignInPage } from '@/views/pages/account/sign-in-page';

import { fieldErrors, formValue } from '../../form-errors';
import { parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { SESSION_COOKIE } from '../../types';
import { sessionCookieOptions } from '../../middleware/session';
import { parseNext, safeNext, ZSignInForm, ZSignInQuery } from './account.schema';

export function signInRoutes(app: FastifyInstance): void {
  app.get('/sign-in', { config: { action: 'account.sign_in' } }, async (request, reply) => {
    const { next } = parseQuery(ZSignInQuery, request);
    return sendPage(
      reply,
      SignInPage({ ctx: viewContext(request, reply), errors: [], ...(next ? { next } : {}) }),
    );
  });

  app.post('/sign-in', { config: { action: 'account.sign_in' } }, async (request, reply) => {
    const ctx = viewContext(request, reply);
    const email = formValue(request.body, 'email');
    // Shown again in the form only when it is a safe destination.
    const next = parseNext(formValue(request.body, 'next')) ?? undefined;
    const parsed = ZSignInForm.safeParse(request.body);
    if (!parsed.success) {
      return sendPage(
        reply,
        SignInPage({
          ctx,
          email,
          errors: fieldErrors(parsed.error, ctx.t),
          ...(next ? { next } : {}),
        }),
        400,
      );
    }
    const result = await signIn(
      app.deps,
      request.actor,
      { requestId: request.id },
      {
        email: parsed.data.email,
        password: parsed.data.password,
        previousToken: request.cookies[SESSION_COOKIE],
      },
    );
    if (!result.ok) {
      const message =
        result.reason === 'throttled'
          ? ctx.t('sign_in.throttled', { minutes: result.retryAfterMinutes })
          : ctx.t('sign_in.invalid_credentials');
      const status = result.reason === 'throttled' ? 429 : 401;
      return sendPage(
        reply,
        SignInPage({
          ctx,
          email,
          errors: [{ field: 'email', message }],
          ...(next ? { next } : {}),
        }),
        status,
      );
    }
    reply.setCookie(
      SESSION_COOKIE,
      result.token,
      sessionCookieOptions(app.deps.env.SECURE_COOKIES),
    );
    return reply.redirect(safeNext(parsed.data.next), 303);
  });
}
