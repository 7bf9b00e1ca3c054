import Negotiator from 'negotiator';

export const LOCALES = ['en', 'zh-CN'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// Browsers send a handful of distinct headers: remember the answer for each (bounded).
const negotiated = new Map<string, TLocale>();

/**
 * Picks the best supported locale from an Accept-Language header (first visits only; a saved
 * choice wins). Any Chinese variant maps to zh-CN, the language of the documents.
 * @example localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.8') // 'zh-CN'
 */
export function localeFromAcceptLanguage(header: string | undefined): TLocale {
  if (!header) return DEFAULT_LOCALE;
  const known = negotiated.get(header);
  if (known) return known;
  const locale = negotiate(header);
  if (negotiated.size >= 256) negotiated.clear();
  negotiated.set(header, locale);
  return locale;
}

function negotiate(header: string): TLocale {
  const best = new Negotiator({ headers: { 'accept-language': header } }).language([
    'en',
    'zh-CN',
    'zh',
  ]);
  if (!best) return DEFAULT_LOCALE;
  return best.startsWith('zh') ? 'zh-CN' : 'en';
}
