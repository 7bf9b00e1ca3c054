import type { TDb } from '@/db/client';
import { findApplicantProfile, latestConsent } from '@/db/repositories/applicant.repository';
import { findCall } from '@/db/repositories/call.repository';
import { countActiveReferees } from '@/db/repositories/submission.repository';
import type { TApplication } from '@/domain/applications/application';
import { checkAnswers, type TAnswerProblem } from '@/domain/applications/check-answers';
import { finderProfileOf } from '@/domain/applications/finder-profile';
import { formSections } from '@/domain/applications/form-definition';
import { beijingDateOf } from '@/domain/dates';
import { createFinder } from '@/domain/eligibility/find-eligibility';
import type { TReason } from '@/domain/eligibility/types';
import { lettersNeeded } from '@/domain/referees/referee-rules';

import { finderSettingsFor } from '../catalog/finder-settings';
import { publishedCalls } from '../catalog/published-calls';
import type { TDeps } from '../context';
import { listMissingDocumentSlots } from '../documents/missing-documents';
import { CONSENT_TEXT_VERSION } from './save-profile';

export type TCompleteness = {
  isProfileMissing: boolean;
  isConsentMissing: boolean;
  answerProblems: TAnswerProblem[];
  /** Required document slots with nothing uploaded (see documents' own check). */
  missingDocuments: string[];
  refereesNeeded: number;
  refereesNamed: number;
  /** The finder's failing reasons for this track: they block submission. */
  ineligibleReasons: TReason[];
  isComplete: boolean;
};

/**
 * Everything that stands between a draft and its submission, listed so the applicant can fix
 * it: identity and consent, each answer, documents, referees named (their letters may come
 * later: R-GEN-REFEREE), and the finder's reasons why this person cannot take this track.
 * Note: R-GEN-TIME — every rule here is judged on the one instant `at` (the submission's
 * arrival): the finder's `asOf` and the CSC medical form's six months (R-CSC-ELIG) alike.
 */
export async function checkCompleteness(
  deps: TDeps,
  db: TDb,
  app: TApplication,
  at: Date,
): Promise<TCompleteness> {
  const today = beijingDateOf(at);
  const profile = await findApplicantProfile(db, app.applicantUserId);
  const consent = await latestConsent(db, app.applicantUserId);
  const answerProblems = checkAnswers(formSections(app.programId, app.track), app.answers, {
    isSubmission: true,
  });
  const refereesNeeded = lettersNeeded(app.programId, app.track);
  const refereesNamed = await countActiveReferees(db, app.id);
  const docs = await listMissingDocumentSlots(db, app, { submittedOn: today });

  let ineligibleReasons: TReason[] = [];
  const call = await findCall(db, app.callId);
  if (profile && call) {
    const finderProfile = finderProfileOf(app, profile, {
      asOf: today,
      intakeYear: call.intakeYear,
    });
    if (finderProfile) {
      const settings = finderSettingsFor(await publishedCalls(deps.database), {
        intakeYear: call.intakeYear,
        host: app.hostId,
        nationality: profile.nationality,
      });
      const result = createFinder(settings)(finderProfile).results.find(
        (r) => r.program === app.programId && r.track === app.track,
      );
      ineligibleReasons = result ? result.reasons.filter((r) => !r.ok && !r.review) : [];
    }
  }
  const isProfileMissing = !profile;
  const isConsentMissing = consent?.textVersion !== CONSENT_TEXT_VERSION;
  return {
    isProfileMissing,
    isConsentMissing,
    answerProblems,
    missingDocuments: docs,
    refereesNeeded,
    refereesNamed,
    ineligibleReasons,
    isComplete:
      !isProfileMissing &&
      !isConsentMissing &&
      answerProblems.length === 0 &&
      docs.length === 0 &&
      refereesNamed >= refereesNeeded &&
      ineligibleReasons.length === 0,
  };
}
