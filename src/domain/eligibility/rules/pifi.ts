// The PIFI fellowship: R-PIFI-ELIG.
import { trackNoun } from '../sentences/labels';
import {
  factQualification,
  factTitle,
  pifiEnglishMissing,
  pifiEnglishShown,
  pifiEquivalenceReview,
  qualificationNeeded,
} from '../sentences/qualification';
import type { TFinderProfile, TReason } from '../types';
import { concurrentReason, nationalityReason, reason, type TProfileFacts } from './general';

const PHD_OR_EQUIVALENT = { en: 'a PhD or equivalent', zh: '博士或同等学位' };

function doctorateReason(p: TFinderProfile): TReason {
  const facts = [factQualification(p.highestQualification)];
  if (p.highestQualification === 'doctorate')
    return reason(
      'R-PIFI-ELIG',
      true,
      qualificationNeeded(facts, trackNoun('fellow'), PHD_OR_EQUIVALENT),
    );
  // Note: R-PIFI-ELIG — "or equivalent": an associate professor or professor without a doctorate
  // may hold an equivalent qualification, which only an officer can judge.
  if (p.academicTitle !== 'none')
    return reason(
      'R-PIFI-ELIG',
      false,
      pifiEquivalenceReview([...facts, factTitle(p.academicTitle)]),
      true,
    );
  return reason(
    'R-PIFI-ELIG',
    false,
    qualificationNeeded(facts, trackNoun('fellow'), PHD_OR_EQUIVALENT),
  );
}

/**
 * The reasons of the PIFI fellowship, appended to `out`.
 * Note: R-PIFI-ELIG — any TOEFL or IELTS score proves English (the document sets no threshold);
 * with neither and not native, an officer judges other evidence ("review").
 * @example pifiReasons(profile, facts, reasons)
 */
export function pifiReasons(p: TFinderProfile, facts: TProfileFacts, out: TReason[]): void {
  out.push(
    nationalityReason(facts),
    doctorateReason(p),
    facts.englishEvidence !== null
      ? reason('R-PIFI-ELIG', true, pifiEnglishShown(facts.englishEvidence))
      : reason('R-PIFI-ELIG', false, pifiEnglishMissing(), true),
    concurrentReason(facts),
  );
}
