import { findInterviewForUpdate } from '@/db/repositories/interview.repository';
import {
  findPanelApplicationForUpdate,
  updatePanelApplication,
} from '@/db/repositories/ranking.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { requireVisible } from '../ranking/panel-access';
import { openInterviewPanel } from './interview-facts';

/**
 * R-REV-RANK, R-PIFI-REVIEW ("shortlisted candidates may be interviewed"): an officer of the
 * program, an administrator or the panel's chair marks or unmarks an application of an
 * interview panel as shortlisted, from the ranking page; audited. 404 for a panel without
 * interviews and for the chair's conflicted application (R-GEN-COI); an invited one stays
 * shortlisted (409): its applicant holds a booking link.
 * @example await shortlistApplication(deps, chair, meta, { panelId, applicationId, isShortlisted: true })
 */
export async function shortlistApplication(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; applicationId: string; isShortlisted: boolean },
): Promise<void> {
  const now = instantOf(deps, meta);
  await deps.database.db.transaction(async (tx) => {
    const access = await openInterviewPanel(tx, actor, input.panelId);
    requireVisible(access, input.applicationId);
    const row = await findPanelApplicationForUpdate(tx, access.panel.id, input.applicationId);
    if (!row) throw new AppError('not_found', 'No such application on this panel');
    if ((row.shortlistedAt !== null) === input.isShortlisted) return;
    if (
      !input.isShortlisted &&
      (await findInterviewForUpdate(tx, access.panel.id, row.applicationId))
    )
      throw new AppError('conflict', 'The applicant is already invited to an interview');
    const shortlistedAt = input.isShortlisted ? now : null;
    await updatePanelApplication(tx, access.panel.id, row.applicationId, { shortlistedAt });
    await recordAudit(tx, now, actor, meta, {
      action: input.isShortlisted ? 'interview.shortlisted' : 'interview.unshortlisted',
      entityType: 'panel_application',
      entityId: `${access.panel.id}:${row.applicationId}`,
      before: { shortlistedAt: row.shortlistedAt?.toISOString() ?? null },
      after: { shortlistedAt: shortlistedAt?.toISOString() ?? null },
    });
  });
}
