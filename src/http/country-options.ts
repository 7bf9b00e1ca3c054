import { COUNTRY_CODES, getCountry } from '@/domain/countries/countries';
import type { TLocale } from '@/i18n/locales';

// Sorting ~250 names with Intl.Collator on every view would cost more than the rest of the
// page: sort once per language.
const cache = new Map<TLocale, { code: string; name: string }[]>();

/** Every ISO 3166-1 country, named and sorted in the viewer's language. */
export function countryOptions(locale: TLocale): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({
      code,
      name: locale === 'zh-CN' ? getCountry(code).zh : getCountry(code).en,
    })).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  return list;
}
