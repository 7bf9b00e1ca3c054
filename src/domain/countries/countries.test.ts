import { describe, expect, it } from 'vitest';

import {
  CHINESE_NATIONALITY_CODES,
  COUNTRY_CODES,
  getCountry,
  isChineseNationality,
  isCountryCode,
  isDevelopingCountry,
  isLeastDevelopedCountry,
} from './countries';
import { HIGH_INCOME_CODES } from './high-income';
import { LDC_CODES } from './ldc';

const HAN = /\p{Script=Han}/u;

describe('countries', () => {
  it('issue 4: ISO 3166-1 alpha-2 codes come from i18n-iso-countries with English and Chinese names', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of COUNTRY_CODES) {
      const c = getCountry(code);
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(c.en).not.toBe('');
      expect(c.zh).toMatch(HAN);
    }
    expect(getCountry('ET')).toEqual({ code: 'ET', en: 'Ethiopia', zh: '埃塞俄比亚' });
  });

  it.each([
    ['PK', true],
    ['pk', false],
    ['ZZ', false],
  ])('issue 4: isCountryCode(%s) → %s', (code, known) => {
    expect(isCountryCode(code)).toBe(known);
  });

  it('R-GEN-NATIONALITY: the Chinese nationality set is CN, HK, MO and TW', () => {
    expect([...CHINESE_NATIONALITY_CODES].sort()).toEqual(['CN', 'HK', 'MO', 'TW']);
    expect(isChineseNationality('SG')).toBe(false);
  });
});

describe('R-ANSO-TWAS data', () => {
  it.each([
    ['ET', true, 'low income'],
    ['PK', true, 'lower-middle income'],
    ['BR', true, 'upper-middle income'],
    ['KR', false, 'high income'],
    ['US', false, 'high income'],
    ['CR', false, 'high income since FY26'],
    ['ZZ', false, 'not a country code'],
  ])('R-ANSO-TWAS: %s developing → %s (%s)', (code, developing) => {
    expect(isDevelopingCountry(code)).toBe(developing);
  });

  it.each([
    ['NP', true],
    ['HT', true],
    ['TV', true],
    ['BT', false], // graduated in 2023
    ['ST', false], // graduated on 2024-12-13
    ['IN', false],
  ])('R-ANSO-TWAS: %s on the UN LDC list → %s', (code, ldc) => {
    expect(isLeastDevelopedCountry(code)).toBe(ldc);
  });

  it('R-ANSO-TWAS: the lists hold known codes; 44 LDCs, none of them high income', () => {
    expect(LDC_CODES.size).toBe(44);
    for (const code of [...LDC_CODES, ...HIGH_INCOME_CODES]) expect(isCountryCode(code)).toBe(true);
    for (const code of LDC_CODES) expect(HIGH_INCOME_CODES.has(code)).toBe(false);
  });
});
