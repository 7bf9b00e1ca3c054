import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps, TRequestMeta } from '../context';
import { inviteMember, type TInviteInput } from './manage-members';
import { runAssignment, type TAssignmentRunCounts } from './run-assignment';
import { savePanel, type TPanelInput } from './save-panel';

/**
 * A panel with its members and a first assignment run, without HTTP: for the demo seed and
 * tests. The same use-cases the officer's pages call (so the same checks, audit and mail);
 * `actor` must be allowed to manage panels of the call's program.
 * @example await buildPanel(deps, admin, {}, { callId: 'pifi-2026', panel, members: [reviewer] })
 */
export async function buildPanel(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { callId: string; panel: TPanelInput; members: TInviteInput[] },
): Promise<{ panelId: string; memberIds: string[]; assignment: TAssignmentRunCounts }> {
  const saved = await savePanel(deps, actor, meta, {
    target: { callId: input.callId },
    formOf: () => ({ ok: true, value: input.panel }),
  });
  if (!saved.ok) throw new AppError('bad_request', `Panel refused: ${saved.reason}`);
  const memberIds: string[] = [];
  for (const member of input.members) {
    const r = await inviteMember(deps, actor, meta, { panelId: saved.panelId, member });
    if (!r.ok) throw new AppError('bad_request', `Member ${member.email} refused`);
    memberIds.push(r.memberId);
  }
  const assignment = await runAssignment(deps, actor, meta, saved.panelId);
  return { panelId: saved.panelId, memberIds, assignment };
}
