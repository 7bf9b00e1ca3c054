import { listAudit, type TAuditFilter, type TAuditRow } from '@/db/repositories/audit.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';

/** Administrators read and filter the audit log (R-GEN-AUDIT). */
export async function listAuditEntries(
  deps: TDeps,
  actor: TActor,
  filter: TAuditFilter,
): Promise<TAuditRow[]> {
  requireAccess(actor, 'audit.read');
  return listAudit(deps.database.db, filter);
}
