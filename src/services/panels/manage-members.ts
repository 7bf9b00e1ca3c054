import { deleteUnstartedAssignments } from '@/db/repositories/assignment.repository';
import {
  findMemberByEmail,
  insertMember,
  listMembers,
  updateMember,
} from '@/db/repositories/panel.repository';
import type { TLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { normaliseEmail } from '../accounts/secrets';
import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { queueInvitation } from './invitation-mail';
import { panelFor } from './panel-access';
import { panelPageOf, type TPanelPage } from './panel-page';

export type TInviteInput = {
  displayName: string;
  email: string;
  institution: string;
  disciplines: string[];
  capacity: number;
  role: 'reviewer' | 'chair';
  locale: TLocale;
};

export type TMemberResult =
  | { ok: true; memberId: string }
  | { ok: false; errors: { field: string; message: string }[]; page: TPanelPage };

/**
 * Invites a reviewer or chair to a panel by email (R-REV-ASSIGN's members): stores the
 * member with the invitation token's hash only and queues the invitation in the member's
 * language. An address already on the panel is refused beside the field; one removed
 * before is invited again.
 */
export async function inviteMember(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; member: TInviteInput },
): Promise<TMemberResult> {
  const at = instantOf(deps, meta);
  const result = await deps.database.db.transaction(async (tx): Promise<TMemberResult> => {
    const panel = await panelFor(tx, actor, input.panelId, { forUpdate: true });
    const m = { ...input.member, email: normaliseEmail(input.member.email) };
    const existing = await findMemberByEmail(tx, panel.id, m.email);
    if (existing && existing.removedAt === null)
      return {
        ok: false,
        errors: [{ field: 'email', message: 'panels.errors.already_member' }],
        page: await panelPageOf(tx, panel),
      };
    const columns = {
      displayName: m.displayName,
      institution: m.institution,
      disciplines: m.disciplines,
      capacity: m.capacity,
      role: m.role,
      locale: m.locale,
    };
    const member = existing
      ? { ...existing, ...columns }
      : await insertMember(tx, {
          ...columns,
          panelId: panel.id,
          email: m.email,
          invitedAt: at,
          createdAt: at,
        });
    const { tokenHash } = await queueInvitation(tx, deps, at, panel, member);
    await updateMember(tx, member.id, {
      ...columns,
      invitationTokenHash: tokenHash,
      invitedAt: at,
      removedAt: null,
      acceptedAt: existing ? null : member.acceptedAt,
    });
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.member_invited',
      entityType: 'panel_member',
      entityId: member.id,
      after: { panelId: panel.id, email: m.email, ...columns },
    });
    return { ok: true, memberId: member.id };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}

async function memberOf(tx: Parameters<typeof listMembers>[0], panelId: string, memberId: string) {
  const member = (await listMembers(tx, panelId)).find((m) => m.id === memberId);
  if (!member) throw new AppError('not_found', 'No such member');
  return member;
}

/** Sends a member a new invitation: a new token, so the old link stops working. Audited. */
export async function resendInvitation(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; memberId: string },
): Promise<void> {
  const at = instantOf(deps, meta);
  await deps.database.db.transaction(async (tx) => {
    const panel = await panelFor(tx, actor, input.panelId, { forUpdate: true });
    const member = await memberOf(tx, panel.id, input.memberId);
    if (member.removedAt) throw new AppError('conflict', 'Member removed');
    const { tokenHash } = await queueInvitation(tx, deps, at, panel, member);
    await updateMember(tx, member.id, { invitationTokenHash: tokenHash, invitedAt: at });
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.invitation_resent',
      entityType: 'panel_member',
      entityId: member.id,
    });
  });
  deps.onMailQueued?.();
}

/**
 * Takes a member off a panel: marked removed (their link stops working), their unstarted
 * assignments removed; a started review stays where it is (R-REV-ASSIGN). Audited.
 */
export async function removeMember(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; memberId: string },
): Promise<void> {
  const at = instantOf(deps, meta);
  await deps.database.db.transaction(async (tx) => {
    const panel = await panelFor(tx, actor, input.panelId, { forUpdate: true });
    const member = await memberOf(tx, panel.id, input.memberId);
    if (member.removedAt) return;
    await updateMember(tx, member.id, { removedAt: at });
    const removed = await deleteUnstartedAssignments(tx, {
      panelId: panel.id,
      memberId: member.id,
    });
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.member_removed',
      entityType: 'panel_member',
      entityId: member.id,
      after: { panelId: panel.id, assignmentsRemoved: removed },
    });
  });
}
