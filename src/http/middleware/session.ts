import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { isLocale, localeFromAcceptLanguage, type TLocale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { ANONYMOUS } from '@/policies/actor';
import { resolveSession } from '@/services/accounts/resolve-session';
import { setLocale } from '@/services/accounts/set-locale';

import { LANG_COOKIE, SESSION_COOKIE } from '../types';

const YEAR_SECONDS = 365 * 24 * 3600;

export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

function setLangCookie(reply: FastifyReply, locale: TLocale, secure: boolean): void {
  reply.setCookie(LANG_COOKIE, locale, {
    path: '/',
    sameSite: 'lax',
    secure,
    maxAge: YEAR_SECONDS,
    httpOnly: true,
  });
}

/**
 * Resolves who is asking (database session) and in which language: `?lang=` (the switch, saved
 * as the preference) > the signed-in user's saved language > the cookie > Accept-Language.
 */
export function registerSession(app: FastifyInstance): void {
  // Fastify 5 refuses shared reference defaults: start empty, the hook below sets each request's own.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('t', null as never);
  app.decorateRequest('sessionToken', undefined);
  app.decorateRequest('receivedAt', null as never);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.receivedAt = app.deps.now();
    request.actor = ANONYMOUS;
    request.t = translator('en');
    // Assets and probes need neither a session nor a language.
    if (
      request.url.startsWith('/assets/') ||
      request.url === '/healthz' ||
      request.url === '/readyz'
    )
      return;
    const { deps } = app;
    const token = request.cookies[SESSION_COOKIE];
    const resolved = await resolveSession(deps, token);
    request.actor = resolved.actor;
    request.sessionToken = resolved.actor.kind === 'user' ? token : undefined;
    if (token && resolved.actor.kind !== 'user') reply.clearCookie(SESSION_COOKIE, { path: '/' });

    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    const cookie = request.cookies[LANG_COOKIE];
    let locale: TLocale;
    if (isLocale(asked)) {
      locale = asked;
      if (cookie !== asked) setLangCookie(reply, asked, deps.env.SECURE_COOKIES);
      if (resolved.locale !== null && resolved.locale !== asked) {
        await setLocale(deps, resolved.actor, { requestId: request.id }, asked);
      }
    } else if (isLocale(resolved.locale)) {
      locale = resolved.locale;
    } else if (isLocale(cookie)) {
      locale = cookie;
    } else {
      locale = localeFromAcceptLanguage(request.headers['accept-language']);
    }
    request.locale = locale;
    request.t = translator(locale);
  });
}
