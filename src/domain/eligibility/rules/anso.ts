// CAS-ANSO tracks (master, phd, twas): R-ANSO-ELIG and R-ANSO-TWAS.
import type { TCallSettings } from '@/domain/programs/call-settings';
import type { TTrack } from '@/domain/programs';

import {
  ansoBirth,
  ansoBirthUnset,
  ansoLanguageMissing,
  ansoLanguageShown,
  ansoNotStudyingInChina,
  ansoStudyingBarred,
  ansoStudyingOther,
  twasDeveloping,
  twasHighIncome,
  twasNotTicked,
  twasPriorities,
  twasTicked,
} from '../sentences/anso';
import { STUDYING, trackNoun } from '../sentences/labels';
import type { TFinderProfile, TReason } from '../types';
import { concurrentReason, nationalityReason, reason, type TProfileFacts } from './general';

// Note: R-ANSO-ELIG — proficiency in Chinese means HSK 4 or above.
const MIN_HSK = 4;

function birthReason(p: TFinderProfile, track: TTrack, settings: TCallSettings): TReason {
  const noun = trackNoun(track.id);
  const cutoff =
    settings.bornOnOrAfter[track.id] ??
    (track.parentTrack === null ? undefined : settings.bornOnOrAfter[track.parentTrack]);
  // Note: R-ANSO-CALL — a call that has not set its birth-date limit cannot be judged; the
  // 2026 limits are never carried over to another year.
  if (cutoff === undefined)
    return reason(
      'R-ANSO-ELIG',
      false,
      ansoBirthUnset(p.birthDate, settings.intakeYear ?? p.intakeYear, noun),
      true,
    );
  // 'YYYY-MM-DD' strings compare in date order.
  return reason('R-ANSO-ELIG', p.birthDate >= cutoff, ansoBirth(p.birthDate, cutoff, noun));
}

function studyingReason(p: TFinderProfile, track: TTrack): TReason {
  // Note: R-ANSO-ELIG — the master's track bars master's students in China, the PhD tracks bar
  // doctoral students in China; a master's student in China may apply for the PhD.
  const barred = track.level === 'master' ? 'master' : 'doctorate';
  const noun = trackNoun(track.id);
  if (p.studyingInChina === 'none')
    return reason('R-ANSO-ELIG', true, ansoNotStudyingInChina(STUDYING[barred]));
  if (p.studyingInChina === barred)
    return reason('R-ANSO-ELIG', false, ansoStudyingBarred(STUDYING[barred], noun));
  return reason('R-ANSO-ELIG', true, ansoStudyingOther(STUDYING[p.studyingInChina], noun));
}

function languageReason(p: TFinderProfile, facts: TProfileFacts): TReason {
  if (facts.englishEvidence !== null)
    return reason('R-ANSO-ELIG', true, ansoLanguageShown(facts.englishEvidence));
  if (p.hsk !== null && p.hsk >= MIN_HSK)
    return reason(
      'R-ANSO-ELIG',
      true,
      ansoLanguageShown({ en: `HSK ${p.hsk}`, zh: `HSK${p.hsk}级` }),
    );
  return reason('R-ANSO-ELIG', false, ansoLanguageMissing(p.hsk), true);
}

/**
 * The reasons of one CAS-ANSO track, appended to `out` in the order a reader checks them.
 * Note: R-ANSO-ELIG — the UCAS admission criteria and the no-other-assignment declaration are
 * checked by officers at screening, not here.
 * @example ansoReasons(profile, facts, twasTrack, settings, reasons)
 */
export function ansoReasons(
  p: TFinderProfile,
  facts: TProfileFacts,
  track: TTrack,
  settings: TCallSettings,
  out: TReason[],
): void {
  out.push(
    nationalityReason(facts),
    birthReason(p, track, settings),
    studyingReason(p, track),
    languageReason(p, facts),
  );
  if (track.id === 'twas') {
    out.push(
      p.twasConsideration
        ? reason('R-ANSO-TWAS', true, twasTicked())
        : reason('R-ANSO-TWAS', false, twasNotTicked()),
      facts.isDeveloping
        ? reason('R-ANSO-TWAS', true, twasDeveloping(facts.country))
        : reason('R-ANSO-TWAS', false, twasHighIncome(facts.country)),
      reason(
        'R-ANSO-TWAS',
        true,
        twasPriorities(facts.isLdc, p.gender === 'female', p.climateResearch),
      ),
    );
  }
  out.push(concurrentReason(facts));
}
