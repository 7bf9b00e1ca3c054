import type { FastifyInstance } from 'fastify';

import type { TTranslate } from '@/i18n/translate';
import { signIn, type TSignInResult } from '@/services/accounts/sign-in';
import { SignInPage } from '@/views/pages/account/sign-in-page';

import { fieldErrors, formValue } from '../../form-errors';
import { parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../../types';
import { sessionCookieOptions } from '../../middleware/session';
import { parseNext, safeNext, ZSignInForm, ZSignInQuery } from './account.schema';

/** "30 seconds" below two minutes, whole minutes (rounded up) from there. */
function waitInWords(t: TTranslate, seconds: number): string {
  return seconds < 120
    ? t('sign_in.wait_seconds', { seconds })
    : t('sign_in.wait_minutes', { minutes: Math.ceil(seconds / 60) });
}

function refusal(t: TTranslate, result: Exclude<TSignInResult, { ok: true }>): string {
  if (result.reason === 'invalid_credentials') return t('sign_in.invalid_credentials');
  const wait = waitInWords(t, result.retryAfterSeconds);
  return result.scope === 'source'
    ? t('sign_in.throttled_network', { wait })
    : t('sign_in.throttled', { wait });
}

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
    const device = request.cookies[DEVICE_COOKIE];
    const unsigned = device ? request.unsignCookie(device) : undefined;
    const result = await signIn(
      app.deps,
      request.actor,
      { requestId: request.id },
      {
        email: parsed.data.email,
        password: parsed.data.password,
        sourceAddress: request.ip,
        deviceToken: unsigned?.valid ? (unsigned.value ?? undefined) : undefined,
        previousToken: request.cookies[SESSION_COOKIE],
      },
    );
    if (!result.ok) {
      const message = refusal(ctx.t, result);
      const status = result.reason === 'throttled' ? 429 : 401;
      if (result.reason === 'throttled') reply.header('retry-after', result.retryAfterSeconds);
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
    // OWASP device cookie: this browser is trusted for this login name from now on.
    reply.setCookie(DEVICE_COOKIE, result.deviceToken, {
      ...sessionCookieOptions(app.deps.env.SECURE_COOKIES),
      path: '/sign-in',
      signed: true,
      maxAge: 31_536_000,
    });
    return reply.redirect(safeNext(parsed.data.next), 303);
  });
}
