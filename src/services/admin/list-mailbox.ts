import { findOutboxEmail, listOutbox, type TOutboxRow } from '@/db/repositories/outbox.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';

/** Every email Jiangxue queued, newest first: the demo's mailbox when no SMTP server is set. */
export async function listMailbox(
  deps: TDeps,
  actor: TActor,
  page: { limit: number; offset: number },
): Promise<TOutboxRow[]> {
  requireAccess(actor, 'mailbox.read');
  return listOutbox(deps.database.db, page);
}

export async function readMail(deps: TDeps, actor: TActor, id: string): Promise<TOutboxRow> {
  requireAccess(actor, 'mailbox.read');
  const row = await findOutboxEmail(deps.database.db, id);
  if (!row) throw new AppError('not_found', 'No such email');
  return row;
}
