import type { TDb } from '@/db/client';
import { insertAudit } from '@/db/repositories/audit.repository';
import type { TActor } from '@/policies/actor';

import type { TRequestMeta } from '../context';

export type TAuditChange = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/**
 * Records a state change (R-GEN-AUDIT) inside the caller's transaction, so the change and its
 * audit row commit or roll back together. `actorOverride` names the user when the request
 * itself is anonymous but a token proves who acts (email links).
 */
export async function recordAudit(
  tx: TDb,
  at: Date,
  actor: TActor,
  meta: TRequestMeta,
  change: TAuditChange,
  actorOverride?: { userId: string; kind: string },
): Promise<void> {
  await insertAudit(tx, {
    occurredAt: at,
    actorUserId: actorOverride?.userId ?? (actor.kind === 'user' ? actor.userId : null),
    actorKind: actorOverride?.kind ?? actor.kind,
    requestId: meta.requestId ?? null,
    ...change,
  });
}
