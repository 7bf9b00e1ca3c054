import { describe, expect, it } from 'vitest';

import type { TLocalized } from '@/domain/programs';

import * as sentences from './sentences';

const HAN = /\p{Script=Han}/u;
const phd = sentences.quotaNoun('phd');

// One sample call per sentence function. A new sentence without a sample fails the test below.
const samples: Record<string, () => TLocalized> = {
  quotaNoun: () => sentences.quotaNoun('A'),
  twasClimatePlace: () => sentences.twasClimatePlace(3, 10),
  twasRankPlace: () => sentences.twasRankPlace(12, 40),
  quotaPlace: () => sentences.quotaPlace(phd, 41, 300),
  noQuota: () => sentences.noQuota(phd),
  waitlisted: () => sentences.waitlisted(phd, 300, 1),
  chineseNational: () => sentences.chineseNational('MO'),
  twoHosts: () => sentences.twoHosts(['UCAS', 'USTC'], ['a1', 'a2']),
  duplicatePerson: () => sentences.duplicatePerson(['a1', 'a2']),
  holdsRecurringAward: () => sentences.holdsRecurringAward(['csc']),
};

describe('selection reason sentences', () => {
  it('issue 4: every sentence function has a sample here', () => {
    const functions = Object.entries(sentences)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(functions.sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(Object.keys(samples))('issue 4: %s exists in English and Chinese', (name) => {
    const text = (samples[name] as () => TLocalized)();
    expect(text.en.trim()).not.toBe('');
    expect(text.en).not.toMatch(HAN);
    expect(text.zh).toMatch(HAN);
    expect(`${text.en}${text.zh}`).not.toMatch(/undefined|NaN|null/);
  });

  it('R-ANSO-ONEHOST: the sentence names both hosts in both languages', () => {
    const text = sentences.twoHosts(['UCAS', 'USTC'], ['a1', 'a2']);
    expect(text.en).toContain('UCAS and USTC');
    expect(text.zh).toContain('UCAS和USTC');
  });
});
