import type { TDb } from '@/db/client';
import { findApplication } from '@/db/repositories/application.repository';
import type { TApplication } from '@/domain/applications/application';
import { requireAccess, type TResource } from '@/policies/access';
import type { TActor } from '@/policies/actor';
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
  requireAccess(actor, action, applicationResource(app), { hideExistence: true });
  return app;
}
