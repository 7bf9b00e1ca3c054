import { ZStoredCallSettings, type TStoredCallSettings } from '@/contracts/call-settings.schema';
import { findCall, notifyCallsChanged, updateCall } from '@/db/repositories/call.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { invalidatePublishedCalls } from '../catalog/published-calls';
import type { TDeps, TRequestMeta } from '../context';
import { staffCallOf, type TStaffCall } from './list-staff-calls';

export type TCallChange = {
  opensOn: string | null;
  closesOn: string | null;
  isPublished: boolean;
  settings: TStoredCallSettings;
};

/** The officer's form read against the call it edits (forms differ by program and settings). */
export type TCallChangeForm =
  { ok: true; change: TCallChange } | { ok: false; errors: { field: string; message: string }[] };

/** A refusal comes with the call as it stands, to show the form again. */
export type TUpdateCallResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'invalid'; call: TStaffCall; errors: { field: string; message: string }[] }
  | { ok: false; reason: 'no_reason' | 'stale'; call: TStaffCall };

/**
 * Saves an officer's edit of one call, with the reason, in one audited transaction. The form
 * is read against the locked call (`changeOf`, the route's parser); the version the officer
 * read must still be current: two officers editing at once cannot silently overwrite each
 * other. Takes effect for the catalog and finder on commit.
 */
export async function updateCallSettings(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    callId: string;
    version: number;
    /** Why the officer changes it (null: not given, or not valid). */
    reason: string | null;
    changeOf: (call: TStaffCall) => TCallChangeForm;
  },
): Promise<TUpdateCallResult> {
  const now = deps.now();
  const result = await deps.database.db.transaction(async (tx): Promise<TUpdateCallResult> => {
    const row = await findCall(tx, input.callId, { forUpdate: true });
    if (!row) throw new AppError('not_found', 'No such call');
    requireAccess(actor, 'call.update', { programId: row.programId });
    const call = staffCallOf(row);
    const form = input.changeOf(call);
    if (!form.ok) return { ok: false, reason: 'invalid', call, errors: form.errors };
    if (input.reason === null) return { ok: false, reason: 'no_reason', call };
    if (call.version !== input.version) return { ok: false, reason: 'stale', call };
    const settings = ZStoredCallSettings.parse(form.change.settings);
    const before = {
      opensOn: call.opensOn,
      closesOn: call.closesOn,
      isPublished: call.isPublished,
      settings: row.settings,
    };
    const after = {
      opensOn: form.change.opensOn,
      closesOn: form.change.closesOn,
      isPublished: form.change.isPublished,
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
    return { ok: true, version };
  });
  if (result.ok) invalidatePublishedCalls(deps.database);
  return result;
}
