import { ZStoredCallSettings, type TStoredCallSettings } from '@/contracts/call-settings.schema';
import { findCall, listCalls, type TCallRow } from '@/db/repositories/call.repository';
import { can, requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { scopeFor } from '@/policies/scopes';

import { AppError } from '../app-error';
import type { TDeps } from '../context';

export type TStaffCall = Omit<TCallRow, 'settings'> & { settings: TStoredCallSettings };

/** A call row with its settings parsed (a bad row fails loudly). */
export function staffCallOf(row: TCallRow): TStaffCall {
  return { ...row, settings: ZStoredCallSettings.parse(row.settings) };
}

/**
 * The calls an officer may edit: a program officer's own program, every call for
 * administrators (scopeFor, filtered in the query).
 */
export async function listStaffCalls(deps: TDeps, actor: TActor): Promise<TStaffCall[]> {
  requireAccess(actor, 'call.update');
  return (await listCalls(deps.database.db, scopeFor(actor, 'call.update'))).map(staffCallOf);
}

/** One call for its edit form. A call outside the officer's program is reported as missing. */
export async function getStaffCall(
  deps: TDeps,
  actor: TActor,
  callId: string,
): Promise<TStaffCall> {
  const call = await findCall(deps.database.db, callId);
  if (!call || !can(actor, 'call.update', { programId: call.programId })) {
    throw new AppError(call ? 'forbidden' : 'not_found', 'No such call');
  }
  return staffCallOf(call);
}
