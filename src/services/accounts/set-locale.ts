import { findUserById, updateUser } from '@/db/repositories/user.repository';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';

/** Saves the signed-in user's language, used for pages and for every email sent to them. */
export async function setLocale(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  locale: TLocale,
): Promise<void> {
  if (actor.kind !== 'user') return;
  requireAccess(actor, 'account.update', { ownerUserId: actor.userId });
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    const before = await findUserById(tx, actor.userId);
    if (!before || before.locale === locale) return;
    await updateUser(tx, actor.userId, { locale, updatedAt: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'account.locale_changed',
      entityType: 'user',
      entityId: actor.userId,
      before: { locale: before.locale },
      after: { locale },
    });
  });
}
