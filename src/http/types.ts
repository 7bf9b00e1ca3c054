import type { TLocale } from '@/i18n/locales';
import type { TTranslate } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';
import type { TPermission } from '@/policies/permissions';
import type { TDeps } from '@/services/context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission every route declares; checked before the handler runs. */
    action?: TPermission;
    /** JSON API routes carry no cookies and skip CSRF; every form POST is checked. */
    isApi?: boolean;
    /** A form POST whose answers must survive an expired session (kept, then applied at sign-in). */
    keepWhenSignedOut?: boolean;
  }
  interface FastifyRequest {
    actor: TActor;
    locale: TLocale;
    t: TTranslate;
    sessionToken: string | undefined;
    /** The injected clock's time when the request arrived (R-GEN-TIME judges deadlines on it). */
    receivedAt: Date;
  }
  interface FastifyInstance {
    deps: TDeps;
  }
}

export const SESSION_COOKIE = 'jx_session';
export const LANG_COOKIE = 'jx_lang';
/** Signed; names the login this browser signed in to (OWASP device cookies, sign-in throttling). */
export const DEVICE_COOKIE = 'jx_device';
