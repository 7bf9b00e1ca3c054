import { findApplicantProfile } from '@/db/repositories/applicant.repository';
import { listApplicationsOf } from '@/db/repositories/application.repository';
import type { TApplication } from '@/domain/applications/application';
import { beijingDateOf } from '@/domain/dates';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { publishedCalls, type TPublishedCall } from '../catalog/published-calls';
import type { TDeps } from '../context';

export type TApplicationsPage = {
  /** The applicant's own applications, newest first. */
  applications: Pick<TApplication, 'id' | 'programId' | 'track' | 'status' | 'receiptNumber'>[];
  /** Published calls open on the day of `at` (Beijing) that the applicant has not started. */
  openCalls: TPublishedCall[];
  /** Identity first (R-GEN-IDENTITY): without a profile no application can start. */
  hasProfile: boolean;
};

/**
 * The applicant's applications page: their applications and the calls they may still start.
 * @example const page = await getApplicationsPage(deps, actor, request.receivedAt);
 */
export async function getApplicationsPage(
  deps: TDeps,
  actor: TActor,
  at: Date,
): Promise<TApplicationsPage> {
  requireAccess(actor, 'application.create');
  const userId = actor.kind === 'user' ? actor.userId : '';
  const { db } = deps.database;
  const own = await listApplicationsOf(db, userId);
  const today = beijingDateOf(at);
  const openCalls = (await publishedCalls(deps.database)).filter(
    (c) =>
      c.closesOn &&
      c.closesOn >= today &&
      (!c.opensOn || c.opensOn <= today) &&
      !own.some((a) => a.callId === c.id),
  );
  return {
    applications: own.map(({ id, programId, track, status, receiptNumber }) => ({
      id,
      programId,
      track,
      status,
      receiptNumber,
    })),
    openCalls,
    hasProfile: Boolean(await findApplicantProfile(db, userId)),
  };
}
