import { findUserById, listRoles } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';

export type TAccount = {
  email: string;
  displayName: string;
  isEmailVerified: boolean;
  roles: string[];
};

/** The signed-in user's own account (never anyone else's: the policy checks ownership). */
export async function getAccount(deps: TDeps, actor: TActor): Promise<TAccount> {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  requireAccess(actor, 'account.read', { ownerUserId: actor.userId });
  const user = await findUserById(deps.database.db, actor.userId);
  if (!user) throw new AppError('not_found', 'No such account');
  const roles = await listRoles(deps.database.db, user.id);
  return {
    email: user.email,
    displayName: user.displayName,
    isEmailVerified: user.emailVerifiedAt !== null,
    roles: roles.map((r) => r.role),
  };
}
