import {
  getCountry,
  isChineseNationality,
  isDevelopingCountry,
  isLeastDevelopedCountry,
} from '@/domain/countries/countries';
import { dayOpensAt, deadlineClosesAt } from '@/domain/dates';
import { tracksForLevel, type TBgsCategory, type TProgramId } from '@/domain/programs';
import { defaultFinderSettings, type TFinderSettings } from '@/domain/programs/call-settings';

import { ansoReasons } from './rules/anso';
import { bgsReasons } from './rules/bgs';
import { cscReasons } from './rules/csc';
import type { TProfileFacts } from './rules/general';
import { pifiReasons } from './rules/pifi';
import { englishEvidence } from './sentences/labels';
import type {
  TCallState,
  TFinderProfile,
  TFinderResult,
  TReason,
  TStatus,
  TTrackResult,
} from './types';

export type TFinder = (profile: TFinderProfile) => TFinderResult;

type TWindow = { opensOn: string; closesOn: string; opensAt: string; closesAt: string } | null;

/**
 * The track's status from its reasons: ineligible if a reason fails without review,
 * else review if any reason asks for one, else eligible.
 * @example statusOf([{ rule: 'R-GEN-AGE', ok: false, en: '…', zh: '…' }]) // 'ineligible'
 */
export function statusOf(reasons: readonly TReason[]): TStatus {
  let isReview = false;
  for (const r of reasons) {
    if (!r.ok && !r.review) return 'ineligible';
    if (r.review) isReview = true;
  }
  return isReview ? 'review' : 'eligible';
}

function profileFacts(p: TFinderProfile): TProfileFacts {
  const recurring: string[] = [];
  const oneTime: string[] = [];
  for (const s of p.otherScholarships) (s.oneTime ? oneTime : recurring).push(s.name);
  return {
    country: getCountry(p.nationality),
    isChinese: isChineseNationality(p.nationality),
    isFormerChinese: p.formerChineseNationality,
    isDeveloping: isDevelopingCountry(p.nationality),
    isLdc: isLeastDevelopedCountry(p.nationality),
    recurring,
    oneTime,
    englishEvidence: englishEvidence(p.english),
  };
}

function callState(window: TWindow, asOf: string): TCallState {
  if (window === null) return null;
  // Note: R-GEN-TIME — `asOf` is a Beijing calendar day and the window runs from the start of
  // its first day to 24:00 of its deadline day, so comparing the day strings is exact.
  const open = window.opensOn <= asOf && asOf <= window.closesOn;
  return { open, opensAt: window.opensAt, closesAt: window.closesAt };
}

/**
 * Prepares a finder for one set of call settings: the call windows are turned into instants
 * once here, so answering a profile does no date parsing beyond its own fields.
 * @example
 * const find = createFinder(defaultFinderSettings({ intakeYear: 2026, host: 'UCAS' }));
 * find(profile).results.map((r) => `${r.program}/${r.track}: ${r.status}`);
 * // ['cas-anso/master: eligible', 'csc/master: eligible', 'bgs/master: review']
 */
export function createFinder(settings: TFinderSettings): TFinder {
  const windows = {} as Record<TProgramId, TWindow>;
  for (const id of Object.keys(settings) as TProgramId[]) {
    const { opensOn, closesOn } = settings[id];
    windows[id] =
      opensOn === null || closesOn === null
        ? null
        : {
            opensOn,
            closesOn,
            opensAt: dayOpensAt(opensOn),
            closesAt: deadlineClosesAt(closesOn),
          };
  }

  return (p) => {
    const facts = profileFacts(p);
    const results: TTrackResult[] = [];
    for (const { program, track } of tracksForLevel(p.level)) {
      const call = settings[program.id];
      const reasons: TReason[] = [];
      let categories: readonly TBgsCategory[] | null = null;
      if (program.id === 'cas-anso') ansoReasons(p, facts, track, call, reasons);
      else if (program.id === 'pifi') pifiReasons(p, facts, reasons);
      else if (program.id === 'csc') cscReasons(p, facts, track, call, reasons);
      else categories = bgsReasons(p, facts, track, call, reasons);
      const status = statusOf(reasons);
      const state = callState(windows[program.id], p.asOf);
      results.push(
        categories === null
          ? { program: program.id, track: track.id, status, call: state, reasons }
          : {
              program: program.id,
              track: track.id,
              status,
              // An ineligible applicant reaches no category, whatever the record says.
              categories: status === 'ineligible' ? [] : categories,
              call: state,
              reasons,
            },
      );
    }
    return { results };
  };
}

/**
 * One profile against the default call settings of its intake year and host.
 * @example findEligibility({ ...profile, level: 'fellow' }).results[0]?.program // 'pifi'
 */
export function findEligibility(p: TFinderProfile, settings?: TFinderSettings): TFinderResult {
  return createFinder(
    settings ?? defaultFinderSettings({ intakeYear: p.intakeYear, host: p.host }),
  )(p);
}
