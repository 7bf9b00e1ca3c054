import type { TDb } from '@/db/client';
import type { TMailAttachment } from '@/db/schema';
import { insertOutboxEmail } from '@/db/repositories/outbox.repository';
import type { TLocale } from '@/i18n/locales';

import { renderMail, type TMailTemplate } from './templates';

/**
 * Queues an email in the caller's transaction (transactional outbox): it is sent only if the
 * change that caused it commits, and never lost if the mail server is down.
 */
export async function queueMail(
  tx: TDb,
  at: Date,
  to: string,
  locale: TLocale,
  mail: TMailTemplate,
  related?: { type: string; id: string },
  attachments: TMailAttachment[] = [],
): Promise<string> {
  const rendered = renderMail(locale, mail);
  const row = await insertOutboxEmail(tx, {
    toAddress: to,
    locale,
    template: mail.template,
    subject: rendered.subject,
    textBody: rendered.text,
    status: 'pending',
    nextAttemptAt: at,
    createdAt: at,
    relatedType: related?.type ?? null,
    relatedId: related?.id ?? null,
    attachments,
  });
  return row.id;
}
