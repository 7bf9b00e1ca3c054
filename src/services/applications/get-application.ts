import type { TDb } from '@/db/client';
import { findApplicantProfile } from '@/db/repositories/applicant.repository';
import { findApplication } from '@/db/repositories/application.repository';
import { SENT_STATUSES, type TApplication } from '@/domain/applications/application';
import { filedUnder } from '@/domain/screening/filed-under';
import { requireAccess, type TResource } from '@/policies/access';
import { hasRole, type TActor } from '@/policies/actor';
import type { TPermission } from '@/policies/permissions';

import { AppError } from '../app-error';
import type { TDeps } from '../context';

/** The policy resource of an application: its owner, program and host. */
export function applicationResource(app: TApplication): TResource {
  return {
    ownerUserId: app.applicantUserId,
    programId: app.programId,
    institutionId: app.hostId ?? undefined,
  };
}

/**
 * Loads an application for `action`, or fails as if it did not exist: an applicant asking for
 * someone else's application gets 404, never a hint that it exists.
 * @example const app = await getApplicationFor(deps, actor, id, 'application.read');
 */
export async function getApplicationFor(
  deps: TDeps,
  actor: TActor,
  id: string,
  action: TPermission,
  opts: { db?: TDb; forUpdate?: boolean } = {},
): Promise<TApplication> {
  const app = await findApplication(opts.db ?? deps.database.db, id, {
    forUpdate: opts.forUpdate ?? false,
  });
  if (!app) throw new AppError('not_found', 'No such application');
  let resource = applicationResource(app);
  // R-CSC-APPLY: a dispatching authority opens the documents of a sent CSC application filed
  // under its country and agency number; the country is the applicant's, read only for it.
  const isSent = [...SENT_STATUSES, 'declined'].includes(app.status as never);
  if (app.programId === 'csc' && isSent && hasRole(actor, 'dispatching_authority')) {
    const profile = await findApplicantProfile(opts.db ?? deps.database.db, app.applicantUserId);
    resource = { ...resource, ...filedUnder(app, profile?.nationality) };
  }
  requireAccess(actor, action, resource, { hideExistence: true });
  return app;
}
