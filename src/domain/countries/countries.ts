// ISO 3166-1 alpha-2 countries with English and Chinese names from the maintained
// i18n-iso-countries package. Its locale files are imported statically (bundled JSON), so no
// file I/O happens at run time and the domain stays pure.
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

import { HIGH_INCOME_CODES } from './high-income';
import { LDC_CODES } from './ldc';

export type TCountry = { readonly code: string; readonly en: string; readonly zh: string };

// Note: where the package gives several English names, the first is its official one.
function firstName(name: string | readonly string[]): string {
  return typeof name === 'string' ? name : (name[0] ?? '');
}

const zhNames: Readonly<Record<string, string | readonly string[]>> = zh.countries;

const countries = new Map<string, TCountry>(
  Object.entries(en.countries as Readonly<Record<string, string | readonly string[]>>).map(
    ([code, name]) => [code, { code, en: firstName(name), zh: firstName(zhNames[code] ?? name) }],
  ),
);

/** Every ISO 3166-1 alpha-2 code the package knows, sorted. */
export const COUNTRY_CODES: readonly string[] = [...countries.keys()].sort();

/**
 * Whether `code` is a known ISO 3166-1 alpha-2 code (upper case).
 * @example isCountryCode('PK') // true
 * @example isCountryCode('pk') // false
 */
export function isCountryCode(code: string): boolean {
  return countries.has(code);
}

/**
 * The English and Chinese names of a country; an unknown code names itself in both.
 * @example getCountry('PK') // { code: 'PK', en: 'Pakistan', zh: '巴基斯坦' }
 */
export function getCountry(code: string): TCountry {
  return countries.get(code) ?? { code, en: code, zh: code };
}

// Note: R-GEN-NATIONALITY — holders of Hong Kong, Macao and Taiwan documents count as Chinese.
export const CHINESE_NATIONALITY_CODES: ReadonlySet<string> = new Set(['CN', 'HK', 'MO', 'TW']);

/**
 * Whether a nationality is Chinese (R-GEN-NATIONALITY).
 * @example isChineseNationality('MO') // true
 */
export function isChineseNationality(code: string): boolean {
  return CHINESE_NATIONALITY_CODES.has(code);
}

/**
 * Whether a country is "developing" for R-ANSO-TWAS: not high income (World Bank list).
 * @example isDevelopingCountry('ET') // true
 * @example isDevelopingCountry('KR') // false
 */
export function isDevelopingCountry(code: string): boolean {
  return countries.has(code) && !HIGH_INCOME_CODES.has(code);
}

/**
 * Whether a country is on the UN list of Least Developed Countries (R-ANSO-TWAS).
 * @example isLeastDevelopedCountry('NP') // true
 */
export function isLeastDevelopedCountry(code: string): boolean {
  return LDC_CODES.has(code);
}
