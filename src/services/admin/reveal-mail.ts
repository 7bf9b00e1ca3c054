import { findOutboxEmail } from '@/db/repositories/outbox.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { maskedEmail, type TMailboxEmail } from './list-mailbox';

/**
 * One email with its one-time links as sent, for an administrator who must pass one on (the
 * demo has no SMTP server). The reveal is audited (R-GEN-AUDIT) in the same transaction as the
 * read, naming the email but never its tokens.
 */
export async function revealMail(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
): Promise<TMailboxEmail> {
  requireAccess(actor, 'mailbox.reveal');
  return deps.database.db.transaction(async (tx) => {
    const row = await findOutboxEmail(tx, id);
    if (!row) throw new AppError('not_found', 'No such email');
    await recordAudit(tx, deps.now(), actor, meta, {
      action: 'mailbox.revealed',
      entityType: 'outbox_email',
      entityId: row.id,
      after: { template: row.template, to: row.toAddress },
    });
    return { ...row, hasSecrets: maskedEmail(row).hasSecrets };
  });
}
