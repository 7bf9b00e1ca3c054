// Test helpers: pick one track's result or one rule's reasons out of a finder answer.
import type { TProgramId } from '@/domain/programs';
import type { TFinderSettings } from '@/domain/programs/call-settings';

import { findEligibility } from './find-eligibility';
import { aProfile } from './profile.fixture';
import type { TFinderProfile, TReason, TTrackResult } from './types';

/**
 * The result of one program track for a profile built from `overrides`.
 * @example trackResult({ level: 'doctoral' }, 'cas-anso', 'twas').status
 */
export function trackResult(
  overrides: Partial<TFinderProfile>,
  program: TProgramId,
  track: string,
  settings?: TFinderSettings,
): TTrackResult {
  const result = findEligibility(aProfile(overrides), settings).results.find(
    (r) => r.program === program && r.track === track,
  );
  if (!result) throw new Error(`no result for ${program}/${track}`);
  return result;
}

/**
 * The reasons a result gives for one rule id.
 * @example reasonsFor(trackResult({}, 'csc', 'master'), 'R-GEN-AGE')[0]?.ok // true
 */
export function reasonsFor(result: TTrackResult, rule: string): readonly TReason[] {
  return result.reasons.filter((r) => r.rule === rule);
}

/**
 * The only reason whose English sentence contains `text`, for one rule.
 * @example reasonWith(result, 'R-ANSO-TWAS', 'high income').ok // false
 */
export function reasonWith(result: TTrackResult, rule: string, text: string): TReason {
  const found = reasonsFor(result, rule).filter((r) => r.en.includes(text));
  if (found.length !== 1) throw new Error(`${found.length} ${rule} reasons contain "${text}"`);
  return found[0] as TReason;
}
