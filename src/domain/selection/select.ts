import { isDevelopingCountry } from '@/domain/countries/countries';
import type { TLocalized, TProgramId } from '@/domain/programs';
import type { TCallSettings } from '@/domain/programs/call-settings';

import { compareByRank, compareForTwas, toRanked, type TRanked } from './ranking';
import { screen } from './screening';
import {
  noQuota,
  quotaNoun,
  quotaPlace,
  twasClimatePlace,
  twasRankPlace,
  waitlisted,
} from './sentences';
import type { TRejected, TSelected, TSelection, TSelectionCandidate, TWaitlisted } from './types';

// Note: only CAS-ANSO has a quota rule of its own (R-ANSO-QUOTA); the other programs' places are
// set per call by the body that selects (R-CSC-APPLY, R-BGS-APPLY, R-PIFI-TERMS).
const QUOTA_RULE: Readonly<Record<TProgramId, string>> = {
  'cas-anso': 'R-ANSO-QUOTA',
  csc: 'R-CSC-APPLY',
  bgs: 'R-BGS-APPLY',
  pifi: 'R-PIFI-TERMS',
};

function because(rule: string, text: TLocalized) {
  return { rule, reason: text.en, reasonZh: text.zh };
}

/**
 * R-ANSO-TWAS: fills the TWAS places first, from PhD candidates who ticked the box and are
 * nationals of a developing country: the climate places go to the highest-ranked climate
 * researchers, the rest by rank; a climate place nobody fills goes to the next by rank.
 */
function selectTwas(
  pool: readonly TRanked[],
  settings: TCallSettings,
  out: TSelected[],
): Set<string> {
  // Note: R-ANSO-QUOTA — TWAS awardees count inside the PhD quota, so TWAS never exceeds it.
  const places = Math.min(settings.quotas.twas ?? 0, settings.quotas.phd ?? Infinity);
  const climatePlaces = Math.min(settings.quotas.twasClimate ?? 0, places);
  const candidates = pool
    .filter(
      (c) =>
        c.track === 'phd' &&
        c.twasConsideration &&
        c.nationality !== null &&
        isDevelopingCountry(c.nationality),
    )
    .sort(compareForTwas);
  const taken = new Set<string>();
  for (const c of candidates) {
    if (taken.size >= climatePlaces) break;
    if (!c.climateResearch) continue;
    taken.add(c.id);
    out.push({
      id: c.id,
      track: 'twas',
      ...because('R-ANSO-TWAS', twasClimatePlace(taken.size, climatePlaces)),
    });
  }
  for (const c of candidates) {
    if (taken.size >= places) break;
    if (taken.has(c.id)) continue;
    taken.add(c.id);
    out.push({
      id: c.id,
      track: 'twas',
      ...because('R-ANSO-TWAS', twasRankPlace(taken.size, places)),
    });
  }
  return taken;
}

/** The quota buckets a candidate must fit: its track and, for BGS, its category, where set. */
function bucketsOf(c: TRanked, quotas: TCallSettings['quotas']): string[] {
  const keys: string[] = [];
  if (quotas[c.track] !== undefined) keys.push(c.track);
  if (c.category !== null && quotas[c.category] !== undefined) keys.push(c.category);
  return keys;
}

/**
 * Selects a ranked pool under the call's quotas: who is selected, who waits in which order, and
 * who is rejected, each with the rule and a sentence. Every candidate appears exactly once.
 * Note: R-SELECT-TIES — the pool is sorted by a total order first (score, then earlier
 * submission, then id), so the input order never changes the result.
 * @example
 * selectCandidates(pool, defaultCallSettings('cas-anso', { intakeYear: 2026 }))
 * // { selected: [{ id: 'a1', track: 'twas', rule: 'R-ANSO-TWAS', … }], waitlist: […], rejected: […] }
 */
export function selectCandidates(
  candidates: readonly TSelectionCandidate[],
  settings: TCallSettings,
): TSelection {
  const pool = candidates.map(toRanked).sort(compareByRank);
  const rejections = screen(settings.program, pool);
  const rejected: TRejected[] = [];
  const eligible: TRanked[] = [];
  for (const c of pool) {
    const r = rejections.get(c.id);
    if (r) rejected.push({ id: c.id, track: c.track, ...because(r.rule, r.text) });
    else eligible.push(c);
  }

  const selected: TSelected[] = [];
  const used = new Map<string, number>();
  const twas =
    settings.program === 'cas-anso' ? selectTwas(eligible, settings, selected) : new Set<string>();
  if (twas.size > 0) used.set('phd', twas.size);

  const quotaRule = QUOTA_RULE[settings.program];
  const waitlist: TWaitlisted[] = [];
  const waiting = new Map<string, number>();
  for (const c of eligible) {
    if (twas.has(c.id)) continue;
    const buckets = bucketsOf(c, settings.quotas);
    const full = buckets.find((key) => (used.get(key) ?? 0) >= (settings.quotas[key] ?? Infinity));
    if (full !== undefined) {
      const position = (waiting.get(full) ?? 0) + 1;
      waiting.set(full, position);
      const text = waitlisted(quotaNoun(full), settings.quotas[full] ?? 0, position);
      waitlist.push({
        id: c.id,
        track: c.track,
        position,
        quota: full,
        ...because(quotaRule, text),
      });
      continue;
    }
    for (const key of buckets) used.set(key, (used.get(key) ?? 0) + 1);
    const main = buckets[0];
    const text =
      main === undefined
        ? noQuota(quotaNoun(c.track))
        : quotaPlace(quotaNoun(main), used.get(main) ?? 0, settings.quotas[main] ?? 0);
    selected.push({ id: c.id, track: c.track, ...because(quotaRule, text) });
  }
  return { selected, waitlist, rejected };
}
