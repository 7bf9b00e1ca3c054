import { IntlMessageFormat } from 'intl-messageformat';

import { EN, ZH_CN } from './catalogs';
import type { TLocale } from './locales';

export type TMessageKey = Extract<keyof typeof EN, string>;
export type TParams = Record<string, string | number | Date>;
export type TTranslate = (key: TMessageKey, params?: TParams) => string;

const catalogs: Record<TLocale, Record<string, string>> = { en: EN, 'zh-CN': ZH_CN };
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Formats one ICU message in a locale. Messages compile once and are cached; an unknown key is
 * a bug caught by the key-set test, so it renders visibly rather than throwing in production.
 * @example translate('zh-CN', 'nav.sign_in') // '登录'
 */
export function translate(locale: TLocale, key: string, params?: TParams): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const message = catalogs[locale][key];
    if (message === undefined) return `[${key}]`;
    format = new IntlMessageFormat(message, locale);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

export function isMessageKey(key: string): key is TMessageKey {
  return key in EN;
}

export function translator(locale: TLocale): TTranslate {
  return (key, params) => translate(locale, key, params);
}

export function messageKeys(locale: TLocale): string[] {
  return Object.keys(catalogs[locale]).sort();
}
