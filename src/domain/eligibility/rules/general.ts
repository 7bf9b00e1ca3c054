// The general rules every track checks: R-GEN-NATIONALITY, R-GEN-AGE, R-GEN-CONCURRENT and
// BGS's own R-BGS-CONCURRENT.
import type { TCountry } from '@/domain/countries/countries';
import type { TLocalized } from '@/domain/programs';

import { completedYears } from '@/domain/dates';
import {
  ageLimit,
  bgsConcurrentHeld,
  concurrentCheckedAtSelection,
  concurrentNone,
  concurrentOneTimeOnly,
  nationalityChinese,
  nationalityForeign,
  nationalityFormerChinese,
} from '../sentences/general';
import type { TReason } from '../types';

/** What the finder works out once per profile and every track reads. */
export type TProfileFacts = {
  readonly country: TCountry;
  readonly isChinese: boolean;
  readonly isFormerChinese: boolean;
  readonly isDeveloping: boolean;
  readonly isLdc: boolean;
  /** Names of declared recurring scholarships (R-GEN-CONCURRENT). */
  readonly recurring: readonly string[];
  /** Names of declared one-time awards, which are exempt. */
  readonly oneTime: readonly string[];
  /** Native English or a TOEFL/IELTS score, named for a sentence; null when none. */
  readonly englishEvidence: TLocalized | null;
};

/**
 * A reason value. `review` marks what an officer must judge; it is left out when false so the
 * JSON carries `review` only where it applies.
 * @example reason('R-GEN-AGE', true, { en: '…', zh: '…' })
 */
export function reason(rule: string, ok: boolean, text: TLocalized, review = false): TReason {
  return review
    ? { rule, ok, review: true, en: text.en, zh: text.zh }
    : { rule, ok, en: text.en, zh: text.zh };
}

/**
 * R-GEN-NATIONALITY: Chinese nationals (CN, HK, MO, TW) are ineligible; a former Chinese
 * national goes to an officer ("review").
 * @example nationalityReason(facts).ok // false for nationality 'HK'
 */
export function nationalityReason(facts: TProfileFacts): TReason {
  if (facts.isChinese) return reason('R-GEN-NATIONALITY', false, nationalityChinese(facts.country));
  if (facts.isFormerChinese)
    return reason('R-GEN-NATIONALITY', false, nationalityFormerChinese(facts.country), true);
  return reason('R-GEN-NATIONALITY', true, nationalityForeign(facts.country));
}

/**
 * R-GEN-AGE: whole years completed on `on` (birthday counts) must be at most `max`.
 * @example ageReason('2001-09-01', '2026-09-01', 25, track).ok // true (25 ≤ 25)
 */
export function ageReason(birthDate: string, on: string, max: number, track: TLocalized): TReason {
  const age = completedYears(birthDate, on);
  return reason('R-GEN-AGE', age <= max, ageLimit(age, on, birthDate, max, track));
}

/**
 * R-GEN-CONCURRENT in the finder: informational only (always ok); it bites at selection.
 * @example concurrentReason(facts).ok // true, even with a recurring scholarship declared
 */
export function concurrentReason(facts: TProfileFacts): TReason {
  if (facts.recurring.length > 0)
    return reason('R-GEN-CONCURRENT', true, concurrentCheckedAtSelection(facts.recurring));
  if (facts.oneTime.length > 0)
    return reason('R-GEN-CONCURRENT', true, concurrentOneTimeOnly(facts.oneTime));
  return reason('R-GEN-CONCURRENT', true, concurrentNone());
}

/**
 * R-BGS-CONCURRENT: a declared recurring scholarship makes BGS ineligible; one-time awards do not.
 * @example bgsConcurrentReason(facts).ok // false with a recurring scholarship declared
 */
export function bgsConcurrentReason(facts: TProfileFacts): TReason {
  if (facts.recurring.length > 0)
    return reason('R-BGS-CONCURRENT', false, bgsConcurrentHeld(facts.recurring));
  if (facts.oneTime.length > 0)
    return reason('R-BGS-CONCURRENT', true, concurrentOneTimeOnly(facts.oneTime));
  return reason('R-BGS-CONCURRENT', true, concurrentNone());
}
