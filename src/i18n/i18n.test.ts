import { describe, expect, it } from 'vitest';

import { CATALOG_PARTS, EN as en, ZH_CN as zhCN } from './catalogs';
import { formatBeijingDateTime, formatBeijingDeadline, formatFen } from './format';
import { localeFromAcceptLanguage } from './locales';
import { messageKeys, translate } from './translate';

// Every placeholder of any message gets a value, whatever its name.
const anyParams = new Proxy({}, { get: () => '1', has: () => true }) as Record<string, string>;

describe('message catalogs', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(messageKeys('zh-CN')).toEqual(messageKeys('en'));
  });

  it('no key is defined in two parts of a catalog (each area owns its file)', () => {
    for (const parts of Object.values(CATALOG_PARTS)) {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [part, catalog] of Object.entries(parts)) {
        for (const key of Object.keys(catalog)) {
          if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${part}`);
          seen.set(key, part);
        }
      }
      expect(twice).toEqual([]);
    }
  });

  it('no message is empty and every ICU message compiles in both languages', () => {
    for (const [locale, catalog] of [
      ['en', en],
      ['zh-CN', zhCN],
    ] as const) {
      for (const [key, message] of Object.entries(catalog)) {
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
        expect(() => translate(locale, key, anyParams)).not.toThrow();
      }
    }
  });

  it('Chinese messages are in Chinese: each has at least one Han character unless it is a language name', () => {
    const exempt = new Set(['layout.switch_language']);
    const notChinese = Object.entries(zhCN).filter(
      ([k, v]) => !exempt.has(k) && !/\p{Script=Han}/u.test(v),
    );
    expect(notChinese).toEqual([]);
  });
});

describe('formats', () => {
  it('R-GEN-MONEY: fen shows as yuan with thousands separators and exact fen', () => {
    expect(formatFen(350_000, 'en')).toBe('¥3,500.00');
    expect(formatFen(1_234_567_89, 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatFen(5, 'en')).toBe('¥0.05');
    expect(formatFen(-70_000, 'en')).toBe('-¥700.00');
    expect(() => formatFen(1.5, 'en')).toThrow();
  });

  it('R-GEN-TIME: times show in Beijing time with the zone named, whatever the server zone', () => {
    expect(formatBeijingDateTime(new Date('2026-01-31T15:59:59Z'), 'en')).toBe(
      '31 Jan 2026, 23:59 Beijing time (UTC+8)',
    );
    expect(formatBeijingDateTime(new Date('2026-01-31T15:59:59Z'), 'zh-CN')).toBe(
      '2026年1月31日 23:59（北京时间，UTC+8）',
    );
  });

  it('R-GEN-TIME: a whole-day deadline reads as 24:00 of its own day', () => {
    expect(formatBeijingDeadline(new Date('2026-01-31T16:00:00Z'), 'en')).toBe(
      '31 Jan 2026, 24:00 Beijing time (UTC+8)',
    );
    expect(formatBeijingDeadline(new Date('2026-01-31T16:00:00Z'), 'zh-CN')).toBe(
      '2026年1月31日 24:00（北京时间，UTC+8）',
    );
  });

  it('picks the language of a first visit from Accept-Language', () => {
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR, zh;q=0.5')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });
});
