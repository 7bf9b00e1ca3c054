// CSC bilateral tracks by student level: R-GEN-AGE and R-CSC-ELIG.
import type { TCallSettings } from '@/domain/programs/call-settings';
import type { TTrack } from '@/domain/programs';

import { academicYearRange } from '@/domain/dates';
import { trackNoun } from '../sentences/labels';
import type { TFinderProfile, TReason } from '../types';
import { ageReason, concurrentReason, nationalityReason, type TProfileFacts } from './general';
import { CSC_REQUIREMENTS, qualificationReason } from './qualification';

/**
 * The reasons of one CSC track, appended to `out`.
 * Note: R-GEN-AGE — CSC ages are taken on 1 September of the intake year (or the call's date).
 * Good health (R-CSC-ELIG) is checked on the uploaded examination form, not here.
 * @example cscReasons(profile, facts, masterTrack, settings, reasons)
 */
export function cscReasons(
  p: TFinderProfile,
  facts: TProfileFacts,
  track: TTrack,
  settings: TCallSettings,
  out: TReason[],
): void {
  out.push(nationalityReason(facts));
  const max = settings.maxAge[track.id] ?? track.maxAge;
  if (max !== null && max !== undefined)
    out.push(
      ageReason(
        p.birthDate,
        settings.ageOn ?? academicYearRange(p.intakeYear).from,
        max,
        trackNoun(track.id),
      ),
    );
  const req = CSC_REQUIREMENTS[track.id];
  if (req) out.push(qualificationReason('R-CSC-ELIG', req, p, track.id));
  out.push(concurrentReason(facts));
}
