import { findOutboxEmail, listOutbox, type TOutboxRow } from '@/db/repositories/outbox.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { maskMailLinks } from './mask-mail-links';

/** An email as the mailbox shows it: one-time links masked unless revealed (see revealMail). */
export type TMailboxEmail = TOutboxRow & { hasSecrets: boolean };

/** The row with every one-time token masked, in the text and the HTML body alike. */
export function maskedEmail(row: TOutboxRow): TMailboxEmail {
  const text = maskMailLinks(row.textBody);
  const html = row.htmlBody === null ? null : maskMailLinks(row.htmlBody);
  return {
    ...row,
    textBody: text.text,
    htmlBody: html?.text ?? null,
    hasSecrets: text.hasSecrets || (html?.hasSecrets ?? false),
  };
}

/** Every email Jiangxue queued, newest first: the demo's mailbox when no SMTP server is set. */
export async function listMailbox(
  deps: TDeps,
  actor: TActor,
  page: { limit: number; offset: number },
): Promise<TMailboxEmail[]> {
  requireAccess(actor, 'mailbox.read');
  return (await listOutbox(deps.database.db, page)).map(maskedEmail);
}

/** One email, its one-time links masked. */
export async function readMail(deps: TDeps, actor: TActor, id: string): Promise<TMailboxEmail> {
  requireAccess(actor, 'mailbox.read');
  const row = await findOutboxEmail(deps.database.db, id);
  if (!row) throw new AppError('not_found', 'No such email');
  return maskedEmail(row);
}
