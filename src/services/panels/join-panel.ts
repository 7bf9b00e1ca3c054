import { deleteSession, insertSession } from '@/db/repositories/session.repository';
import {
  findMemberByTokenHash,
  findPanel,
  updateMember,
  type TPanelMemberRow,
} from '@/db/repositories/panel.repository';
import { findUserByEmail, insertRole, insertUser } from '@/db/repositories/user.repository';
import type { TDb } from '@/db/client';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { hashPassword, hashToken, newToken, normaliseEmail } from '../accounts/secrets';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';

/** A link that opens nothing: never issued or replaced by a resend, used, or withdrawn. */
export type TInvitationProblem = 'unknown' | 'used' | 'removed';

/** What the invitation link shows (GET). */
export type TInvitationView =
  | { kind: 'problem'; problem: TInvitationProblem }
  /** No account has the invited address: choose a name and password here. */
  | { kind: 'create_account'; email: string; displayName: string; panelName: string }
  /** Signed in as the invited address: confirm to join. */
  | { kind: 'accept'; email: string; panelName: string; role: 'reviewer' | 'chair' }
  /** The address has an account, and this browser is not signed in to it. */
  | { kind: 'sign_in' };

export type TJoinResult =
  | { ok: true; session?: { token: string; locale: string } }
  | { ok: false; reason: TInvitationProblem | 'sign_in' };

const REVIEW_ROLE = { reviewer: 'reviewer', chair: 'panel_chair' } as const;

async function memberOfToken(
  db: TDb,
  token: string,
  forUpdate = false,
): Promise<{ problem: TInvitationProblem } | { member: TPanelMemberRow }> {
  const member = await findMemberByTokenHash(db, hashToken(token), { forUpdate });
  if (!member) return { problem: 'unknown' };
  if (member.removedAt) return { problem: 'removed' };
  if (member.acceptedAt) return { problem: 'used' };
  return { member };
}

const isSignedInAs = (actor: TActor, email: string) =>
  actor.kind === 'user' && normaliseEmail(actor.email) === email;

/** What a panel invitation link opens for this browser (nothing is changed). */
export async function viewInvitation(
  deps: TDeps,
  actor: TActor,
  token: string,
): Promise<TInvitationView> {
  requireAccess(actor, 'panel.join');
  const { db } = deps.database;
  const found = await memberOfToken(db, token);
  if ('problem' in found) return { kind: 'problem', problem: found.problem };
  const { member } = found;
  const panel = await findPanel(db, member.panelId);
  const panelName = panel?.name ?? '';
  if (isSignedInAs(actor, member.email))
    return { kind: 'accept', email: member.email, panelName, role: member.role };
  if (await findUserByEmail(db, member.email)) return { kind: 'sign_in' };
  return {
    kind: 'create_account',
    email: member.email,
    displayName: member.displayName,
    panelName,
  };
}

/** Links the member to the account and grants the review role for the call's program. */
async function accept(
  tx: TDb,
  actor: TActor,
  meta: TRequestMeta,
  at: Date,
  member: TPanelMemberRow,
  userId: string,
): Promise<void> {
  const panel = await findPanel(tx, member.panelId);
  if (!panel) throw new Error(`panel ${member.panelId} is gone`);
  await updateMember(tx, member.id, { userId, acceptedAt: at });
  await insertRole(tx, {
    userId,
    role: REVIEW_ROLE[member.role],
    programId: panel.programId,
    institutionId: null,
    createdAt: at,
  });
  await recordAudit(
    tx,
    at,
    actor,
    meta,
    {
      action: 'panel.invitation_accepted',
      entityType: 'panel_member',
      entityId: member.id,
      after: {
        panelId: panel.id,
        userId,
        role: REVIEW_ROLE[member.role],
        programId: panel.programId,
      },
    },
    { userId, kind: 'user' },
  );
}

/**
 * Joins a panel from an invitation link (POST). Signed in as the invited address: accepts.
 * No account has that address: makes one with the name and password given — verified, since
 * the link proved the address — signs it in (a new session, as sign-in does) and accepts.
 * Otherwise the caller sends the browser to sign in first. One transaction, audited.
 */
export async function joinPanel(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    token: string;
    account?: { displayName: string; password: string; locale: TLocale };
    previousSessionToken?: string | undefined;
  },
): Promise<TJoinResult> {
  requireAccess(actor, 'panel.join');
  const at = instantOf(deps, meta);
  const passwordHash = input.account ? await hashPassword(input.account.password) : null;
  return deps.database.db.transaction(async (tx): Promise<TJoinResult> => {
    const found = await memberOfToken(tx, input.token, true);
    if ('problem' in found) return { ok: false, reason: found.problem };
    const { member } = found;
    if (actor.kind === 'user' && isSignedInAs(actor, member.email)) {
      await accept(tx, actor, meta, at, member, actor.userId);
      return { ok: true };
    }
    if (!input.account || !passwordHash || (await findUserByEmail(tx, member.email)))
      return { ok: false, reason: 'sign_in' };
    const user = await insertUser(tx, {
      email: member.email,
      displayName: input.account.displayName,
      passwordHash,
      locale: input.account.locale,
      emailVerifiedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    await recordAudit(
      tx,
      at,
      actor,
      meta,
      {
        action: 'account.created',
        entityType: 'user',
        entityId: user.id,
        after: {
          email: user.email,
          displayName: user.displayName,
          locale: user.locale,
          from: 'panel_invitation',
        },
      },
      { userId: user.id, kind: 'user' },
    );
    await accept(tx, actor, meta, at, member, user.id);
    const { token, tokenHash } = newToken();
    if (input.previousSessionToken) await deleteSession(tx, hashToken(input.previousSessionToken));
    await insertSession(tx, {
      tokenHash,
      userId: user.id,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(at.getTime() + deps.env.SESSION_ABSOLUTE_HOURS * 3_600_000),
    });
    await recordAudit(
      tx,
      at,
      actor,
      meta,
      { action: 'session.created', entityType: 'user', entityId: user.id },
      { userId: user.id, kind: 'user' },
    );
    return { ok: true, session: { token, locale: user.locale } };
  });
}
