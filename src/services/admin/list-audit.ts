import { listAudit, type TAuditFilter, type TAuditRow } from '@/db/repositories/audit.repository';
import { findUserEmails } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';

/** Administrators read and filter the audit log (R-GEN-AUDIT). */
export async function listAuditEntries(
  deps: TDeps,
  actor: TActor,
  filter: TAuditFilter,
): Promise<(TAuditRow & { actorEmail: string | null })[]> {
  requireAccess(actor, 'audit.read');
  const rows = await listAudit(deps.database.db, filter);
  const ids = [
    ...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null)),
  ];
  const emails = await findUserEmails(deps.database.db, ids);
  return rows.map((r) => ({
    ...r,
    actorEmail: r.actorUserId ? (emails.get(r.actorUserId) ?? null) : null,
  }));
}
