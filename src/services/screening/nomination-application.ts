import type { TDb } from '@/db/client';
import {
  findApplicantProfile,
  type TApplicantProfileRow,
} from '@/db/repositories/applicant.repository';
import { findApplication } from '@/db/repositories/application.repository';
import { SENT_STATUSES, type TApplication } from '@/domain/applications/application';
import { filedUnder } from '@/domain/screening/filed-under';
import { requireAccess, type TResource } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import type { TPermission } from '@/policies/permissions';

import { applicationResource } from '../applications/get-application';
import { AppError } from '../app-error';

/**
 * R-CSC-APPLY: a CSC application as its dispatching authority sees it — only once sent (or
 * declined), with the country and agency number it is filed under in the resource, so
 * `nomination.*` and `document.read` can match the authority's grant. Anything else is 404.
 */
export async function nominationApplicationFor(
  db: TDb,
  actor: TActor,
  id: string,
  action: Extract<TPermission, 'nomination.read' | 'nomination.decide'>,
  opts: { forUpdate?: boolean } = {},
): Promise<{ app: TApplication; profile: TApplicantProfileRow | undefined; resource: TResource }> {
  const app = await findApplication(db, id, { forUpdate: opts.forUpdate ?? false });
  const isSent = (s: string) => [...SENT_STATUSES, 'declined'].includes(s as never);
  if (!app || app.programId !== 'csc' || !isSent(app.status))
    throw new AppError('not_found', 'No such application');
  const profile = await findApplicantProfile(db, app.applicantUserId);
  const resource = { ...applicationResource(app), ...filedUnder(app, profile?.nationality) };
  requireAccess(actor, 'nomination.read', resource, { hideExistence: true });
  requireAccess(actor, action, resource, { hideExistence: true });
  return { app, profile, resource };
}
