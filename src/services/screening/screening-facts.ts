import type { TDb } from '@/db/client';
import {
  findApplicantProfile,
  type TApplicantProfileRow,
} from '@/db/repositories/applicant.repository';
import { findCall, type TCallRow } from '@/db/repositories/call.repository';
import { listRefereesOf } from '@/db/repositories/referee.repository';
import {
  findNomination,
  findOpenReturn,
  listScreeningDecisions,
  SCREENING_STATUSES,
  type TScreeningDecisionRow,
} from '@/db/repositories/screening.repository';
import { findApplication } from '@/db/repositories/application.repository';
import type { TApplication } from '@/domain/applications/application';
import { callWindow } from '@/domain/applications/application-window';
import { finderProfileOf } from '@/domain/applications/finder-profile';
import { beijingDateOf } from '@/domain/dates';
import { createFinder } from '@/domain/eligibility/find-eligibility';
import { lettersNeeded } from '@/domain/referees/referee-rules';
import {
  isActionable,
  missingLetters,
  reviewPointsOf,
  screeningState,
  type TReviewPoint,
  type TScreeningReferee,
  type TScreeningState,
} from '@/domain/screening/screening-state';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import type { TPermission } from '@/policies/permissions';

import { applicationResource } from '../applications/get-application';
import { AppError } from '../app-error';
import { finderSettingsFor } from '../catalog/finder-settings';
import { publishedCalls } from '../catalog/published-calls';
import type { TDeps } from '../context';

/**
 * An application as it stands at its host's screening: loaded only if it is in screening
 * (submitted and after; for CSC, nominated by its dispatching authority, R-CSC-APPLY) and the
 * actor may `action` it; anything else is 404, never a hint that it exists.
 */
export async function screeningApplicationFor(
  db: TDb,
  actor: TActor,
  id: string,
  action: Extract<TPermission, 'screening.read' | 'screening.decide'>,
  opts: { forUpdate?: boolean } = {},
): Promise<TApplication> {
  const app = await findApplication(db, id, { forUpdate: opts.forUpdate ?? false });
  const isInScreening = (s: string) => (SCREENING_STATUSES as readonly string[]).includes(s);
  if (!app || !isInScreening(app.status)) throw new AppError('not_found', 'No such application');
  // Defence in depth: what the screening role may not even see stays hidden first.
  requireAccess(actor, 'screening.read', applicationResource(app), { hideExistence: true });
  if (app.programId === 'csc' && (await findNomination(db, app.id))?.decision !== 'nominated')
    throw new AppError('not_found', 'Not nominated');
  requireAccess(actor, action, applicationResource(app), { hideExistence: true });
  return app;
}

export type TScreeningFacts = {
  profile: TApplicantProfileRow | undefined;
  call: TCallRow | undefined;
  points: TReviewPoint[];
  referees: TScreeningReferee[];
  missing: TScreeningReferee[];
  needed: number;
  lettersIn: number;
  decisions: TScreeningDecisionRow[];
  state: TScreeningState;
  /** An officer may act on it now (see `isActionable`). */
  isActionable: boolean;
};

/**
 * What screening judges of an application at `at`: the finder's reasons marked "review" on the
 * applicant's profile as at submission (its Beijing day, as submission judged it), the letters
 * still missing (R-GEN-REFEREE), the officers' decisions so far and what follows from them.
 */
export async function screeningFacts(
  deps: TDeps,
  db: TDb,
  app: TApplication,
  at: Date,
): Promise<TScreeningFacts> {
  const profile = await findApplicantProfile(db, app.applicantUserId);
  const call = await findCall(db, app.callId);
  let points: TReviewPoint[] = [];
  if (profile && call) {
    const asOf = beijingDateOf(app.submittedAt ?? at);
    const finderProfile = finderProfileOf(app, profile, { asOf, intakeYear: call.intakeYear });
    if (finderProfile) {
      const settings = finderSettingsFor(await publishedCalls(deps.database), {
        intakeYear: call.intakeYear,
        host: app.hostId,
        nationality: profile.nationality,
      });
      const result = createFinder(settings)(finderProfile).results.find(
        (r) => r.program === app.programId && r.track === app.track,
      );
      points = result ? reviewPointsOf(result.reasons) : [];
    }
  }
  const referees = (await listRefereesOf(db, app.id)).map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    replacedAt: r.replacedAt,
  }));
  const needed = lettersNeeded(app.programId, app.track);
  const missing = missingLetters(referees, needed);
  const lettersIn = referees.filter(
    (r) => r.replacedAt === null && r.status === 'submitted',
  ).length;
  const decisions = await listScreeningDecisions(db, app.id);
  const state = screeningState({
    points,
    missing,
    needed,
    lettersIn,
    decisions,
    isPastDeadline: callWindow(call, at).isPastDeadline,
  });
  const open = app.status === 'returned' ? await findOpenReturn(db, app.id) : undefined;
  return {
    profile,
    call,
    points,
    referees,
    missing,
    needed,
    lettersIn,
    decisions,
    state,
    isActionable: isActionable(app.status, open?.dueAt ?? null, at),
  };
}
