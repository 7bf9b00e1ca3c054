// BGS tracks by level: R-GEN-AGE, R-BGS-ELIG, R-BGS-LANG, R-BGS-ACAD and R-BGS-CONCURRENT.
import type { TCallSettings } from '@/domain/programs/call-settings';
import { bgsThresholds as T, type TBgsCategory, type TTrack } from '@/domain/programs';

import { academicYearRange } from '@/domain/dates';
import {
  bgsEnglishBelowA,
  bgsEnglishCategoryA,
  bgsEnglishMissing,
  bgsEnglishNative,
  bgsHsk,
} from '../sentences/bgs';
import { trackNoun } from '../sentences/labels';
import type { TFinderProfile, TReason } from '../types';
import { ALL, B_AND_C, bgsAcademicsReason } from './bgs-academics';
import {
  ageReason,
  bgsConcurrentReason,
  nationalityReason,
  reason,
  type TProfileFacts,
} from './general';
import { BGS_REQUIREMENTS, qualificationReason } from './qualification';

const NON_DEGREE = new Set(['preparatory', 'visiting', 'research_scholar']);

function languageReason(
  p: TFinderProfile,
  facts: TProfileFacts,
  trackId: string,
): { reason: TReason; categories: readonly TBgsCategory[] } {
  if (p.teachingLanguage === 'chinese') {
    // Note: R-BGS-LANG — RULES.md reads "preparatory and visiting: HSK 3" as every non-degree
    // track (research scholars too); degree tracks need HSK 4.
    const min = NON_DEGREE.has(trackId) ? T.hskNonDegree : T.hskDegree;
    const ok = p.hsk !== null && p.hsk >= min;
    return {
      reason: reason('R-BGS-LANG', ok, bgsHsk(p.hsk, min, trackNoun(trackId))),
      categories: ok ? ALL : [],
    };
  }
  if (p.english.native)
    return { reason: reason('R-BGS-LANG', true, bgsEnglishNative()), categories: ALL };
  const evidence = facts.englishEvidence;
  if (evidence === null)
    return { reason: reason('R-BGS-LANG', false, bgsEnglishMissing(), true), categories: [] };
  const { toefl, ielts } = p.english;
  if (
    (toefl !== null && toefl >= T.toeflCategoryA) ||
    (ielts !== null && ielts >= T.ieltsCategoryA)
  ) {
    const shown =
      toefl !== null && toefl >= T.toeflCategoryA
        ? { en: `TOEFL ${toefl}`, zh: `托福${toefl}分` }
        : { en: `IELTS ${ielts}`, zh: `雅思${ielts}分` };
    return { reason: reason('R-BGS-LANG', true, bgsEnglishCategoryA(shown)), categories: ALL };
  }
  // Note: R-BGS-LANG — any recognised score is a certificate (B and C); Category A needs the
  // threshold or an equivalent an officer accepts, which the finder cannot see.
  return { reason: reason('R-BGS-LANG', true, bgsEnglishBelowA(evidence)), categories: B_AND_C };
}

/**
 * The reasons of one BGS track, appended to `out`; returns the categories reachable on the
 * evidence given (R-BGS-LANG ∩ R-BGS-ACAD).
 * Note: R-GEN-AGE — BGS ages are taken at enrollment: the profile's `enrollmentDate`, else the
 * call's date, else 1 September of the intake year.
 * @example bgsReasons(profile, facts, masterTrack, settings, reasons) // ['A', 'B', 'C']
 */
export function bgsReasons(
  p: TFinderProfile,
  facts: TProfileFacts,
  track: TTrack,
  settings: TCallSettings,
  out: TReason[],
): readonly TBgsCategory[] {
  out.push(nationalityReason(facts));
  const max = settings.maxAge[track.id] ?? track.maxAge;
  if (max !== null && max !== undefined) {
    const on = p.enrollmentDate ?? settings.ageOn ?? academicYearRange(p.intakeYear).from;
    out.push(ageReason(p.birthDate, on, max, trackNoun(track.id)));
  }
  const req = BGS_REQUIREMENTS[track.id];
  if (req) out.push(qualificationReason('R-BGS-ELIG', req, p, track.id));
  const language = languageReason(p, facts, track.id);
  const academics = bgsAcademicsReason(p, track.id);
  out.push(language.reason, academics.reason, bgsConcurrentReason(facts));
  return academics.categories.filter((c) => language.categories.includes(c));
}
