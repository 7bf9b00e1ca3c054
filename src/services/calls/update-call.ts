import { ZStoredCallSettings, type TStoredCallSettings } from '@/contracts/call-settings.schema';
import { findCall, notifyCallsChanged, updateCall } from '@/db/repositories/call.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { invalidatePublishedCalls } from '../catalog/published-calls';
import type { TDeps, TRequestMeta } from '../context';

export type TCallChange = {
  opensOn: string | null;
  closesOn: string | null;
  isPublished: boolean;
  settings: TStoredCallSettings;
};

export type TUpdateCallResult = { ok: true; version: number } | { ok: false; reason: 'stale' };

/**
 * Saves an officer's edit of one call, with the reason, in one audited transaction. The
 * version the officer read must still be current: two officers editing at once cannot
 * silently overwrite each other. Takes effect for the catalog and finder on commit.
 */
export async function updateCallSettings(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { callId: string; version: number; change: TCallChange; reason: string },
): Promise<TUpdateCallResult> {
  const now = deps.now();
  const result = await deps.database.db.transaction(async (tx) => {
    const call = await findCall(tx, input.callId, { forUpdate: true });
    if (!call) throw new AppError('not_found', 'No such call');
    requireAccess(actor, 'call.update', { programId: call.programId });
    if (call.version !== input.version) return { ok: false, reason: 'stale' } as const;
    const settings = ZStoredCallSettings.parse(input.change.settings);
    const before = {
      opensOn: call.opensOn,
      closesOn: call.closesOn,
      isPublished: call.isPublished,
      settings: call.settings,
    };
    const after = {
      opensOn: input.change.opensOn,
      closesOn: input.change.closesOn,
      isPublished: input.change.isPublished,
      settings,
    };
    const version = call.version + 1;
    await updateCall(tx, call.id, { ...after, version, updatedAt: now });
    await notifyCallsChanged(tx);
    await recordAudit(tx, now, actor, meta, {
      action: 'call.updated',
      entityType: 'call',
      entityId: call.id,
      before,
      after,
      reason: input.reason,
    });
    return { ok: true, version } as const;
  });
  if (result.ok) invalidatePublishedCalls(deps.database);
  return result;
}
