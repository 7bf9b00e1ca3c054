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
  }
  interface FastifyRequest {
    actor: TActor;
    locale: TLocale;
    t: TTranslate;
    sessionToken: string | undefined;
  }
  interface FastifyInstance {
    deps: TDeps;
  }
}

export const SESSION_COOKIE = 'jx_session';
export const LANG_COOKIE = 'jx_lang';
