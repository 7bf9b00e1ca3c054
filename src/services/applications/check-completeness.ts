import type { TDb } from '@/db/client';
import { findApplicantProfile, latestConsent } from '@/db/repositories/applicant.repository';
import type { TApplicationRow } from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { countActiveReferees } from '@/db/repositories/submission.repository';
import { checkAnswers, type TAnswerProblem } from '@/domain/applications/check-answers';
import { formSections } from '@/domain/applications/form-definition';
import { beijingDateOf } from '@/domain/dates';
import { createFinder } from '@/domain/eligibility/find-eligibility';
import type { TReason } from '@/domain/eligibility/types';

import { finderSettingsFor } from '../catalog/finder-settings';
import { publishedCalls } from '../catalog/published-calls';
import { lettersNeeded } from '../referees/referee-rules';
import type { TDeps } from '../context';
import { CONSENT_TEXT_VERSION } from './save-profile';
import { finderProfileOf } from './finder-profile';

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

/** Hook for the documents module: the required slots still empty. Replaced at wiring time. */
export type TMissingDocuments = (
  db: TDb,
  app: TApplicationRow,
  submittedOn: string,
) => Promise<string[]>;

/**
 * Everything that stands between a draft and its submission, listed so the applicant can fix
 * it: identity and consent, each answer, documents, referees named (their letters may come
 * later: R-GEN-REFEREE), and the finder's reasons why this person cannot take this track.
 */
export async function checkCompleteness(
  deps: TDeps,
  db: TDb,
  app: TApplicationRow,
  missingDocuments: TMissingDocuments,
): Promise<TCompleteness> {
  const programId = app.programId;
  const profile = await findApplicantProfile(db, app.applicantUserId);
  const consent = await latestConsent(db, app.applicantUserId);
  const answers = app.answers;
  const answerProblems = checkAnswers(formSections(programId, app.track), answers, {
    isSubmission: true,
  });
  const refereesNeeded = lettersNeeded(programId, app.track);
  const refereesNamed = await countActiveReferees(db, app.id);
  const docs = await missingDocuments(db, app, beijingDateOf(deps.now()));

  let ineligibleReasons: TReason[] = [];
  const call = await findCall(db, app.callId);
  if (profile && call) {
    const finderProfile = finderProfileOf(app, profile, answers, {
      asOf: beijingDateOf(deps.now()),
      intakeYear: call.intakeYear,
    });
    if (finderProfile) {
      const settings = finderSettingsFor(await publishedCalls(deps.database), {
        intakeYear: call.intakeYear,
        host: app.hostId,
        nationality: profile.nationality,
      });
      const result = createFinder(settings)(finderProfile).results.find(
        (r) => r.program === programId && r.track === app.track,
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
