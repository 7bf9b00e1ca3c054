// Reason sentences of the general rules (R-GEN-NATIONALITY, R-GEN-AGE, R-GEN-CONCURRENT,
// R-BGS-CONCURRENT), each with the actual values, in English and Chinese.
import type { TCountry } from '@/domain/countries/countries';
import type { TLocalized } from '@/domain/programs';

import { scholarshipNames } from './labels';

/**
 * R-GEN-NATIONALITY: a foreign national.
 * @example nationalityForeign(getCountry('PK')).en // 'nationality Pakistan (PK): a foreign national'
 */
export function nationalityForeign(c: TCountry): TLocalized {
  return {
    en: `nationality ${c.en} (${c.code}): a foreign national`,
    zh: `国籍：${c.zh}（${c.code}），外国公民`,
  };
}

/**
 * R-GEN-NATIONALITY: Chinese, including HK, MO and TW documents.
 * @example nationalityChinese(getCountry('HK')).en // 'nationality Hong Kong (HK): Chinese nationals, including holders of Hong Kong, Macao and Taiwan documents, cannot apply'
 */
export function nationalityChinese(c: TCountry): TLocalized {
  return {
    en: `nationality ${c.en} (${c.code}): Chinese nationals, including holders of Hong Kong, Macao and Taiwan documents, cannot apply`,
    zh: `国籍：${c.zh}（${c.code}）；中国公民（含持港澳台证件者）不能申请`,
  };
}

/**
 * R-GEN-NATIONALITY: formerly Chinese, so an officer decides.
 * @example nationalityFormerChinese(getCountry('SG')).en // 'nationality Singapore (SG), formerly Chinese: an officer decides'
 */
export function nationalityFormerChinese(c: TCountry): TLocalized {
  return {
    en: `nationality ${c.en} (${c.code}), formerly Chinese: an officer decides`,
    zh: `国籍：${c.zh}（${c.code}），曾具有中国国籍：由工作人员审核决定`,
  };
}

/**
 * R-GEN-AGE: age on the reference date against the track's limit.
 * @example ageLimit(25, '2026-09-01', '2001-09-01', 25, trackNoun('undergraduate')).en // 'aged 25 on 2026-09-01 (born 2001-09-01); the undergraduate track allows up to 25'
 */
export function ageLimit(
  age: number,
  on: string,
  birthDate: string,
  max: number,
  track: TLocalized,
): TLocalized {
  return {
    en: `aged ${age} on ${on} (born ${birthDate}); the ${track.en} allows up to ${max}`,
    zh: `${on}时${age}岁（出生于${birthDate}）；${track.zh}要求不超过${max}岁`,
  };
}

/**
 * R-GEN-CONCURRENT / R-BGS-CONCURRENT: nothing declared.
 * @example concurrentNone().zh // '未申报其他长期奖学金'
 */
export function concurrentNone(): TLocalized {
  return { en: 'no other recurring scholarship declared', zh: '未申报其他长期奖学金' };
}

/**
 * R-GEN-CONCURRENT / R-BGS-CONCURRENT: only one-time awards, which are exempt.
 * @example concurrentOneTimeOnly(['Travel grant']).en // 'declares only one-time awards (Travel grant), which are exempt'
 */
export function concurrentOneTimeOnly(names: readonly string[]): TLocalized {
  const n = scholarshipNames(names);
  return {
    en: `declares only one-time awards (${n.en}), which are exempt`,
    zh: `仅申报一次性奖励（${n.zh}），不受限制`,
  };
}

/**
 * R-GEN-CONCURRENT: informational on every track but BGS; it bites at selection.
 * @example concurrentCheckedAtSelection(['CSC']).en // 'declares a recurring scholarship (CSC): two awards paying a living allowance or stipend for the same days are not allowed, so this is checked at selection'
 */
export function concurrentCheckedAtSelection(names: readonly string[]): TLocalized {
  const n = scholarshipNames(names);
  return {
    en: `declares a recurring scholarship (${n.en}): two awards paying a living allowance or stipend for the same days are not allowed, so this is checked at selection`,
    zh: `申报了长期奖学金（${n.zh}）：不得同时享受两项按月发放生活费或补助的奖学金，将在评选时核查`,
  };
}

/**
 * R-BGS-CONCURRENT: a declared recurring scholarship rules BGS out.
 * @example bgsConcurrentHeld(['CSC']).en // 'declares a recurring scholarship (CSC); BGS cannot be held together with another recurring scholarship from Chinese government bodies, social organisations or the admitting institution'
 */
export function bgsConcurrentHeld(names: readonly string[]): TLocalized {
  const n = scholarshipNames(names);
  return {
    en: `declares a recurring scholarship (${n.en}); BGS cannot be held together with another recurring scholarship from Chinese government bodies, social organisations or the admitting institution`,
    zh: `申报了长期奖学金（${n.zh}）；北京市政府奖学金不得与中国政府部门、社会组织或录取院校提供的其他奖学金同时享受`,
  };
}
