import nodemailer, { type Transporter } from 'nodemailer';

import { claimDueEmails, updateOutboxEmail } from '@/db/repositories/outbox.repository';
import type { TDeps } from '@/services/context';

// Note: a temporary failure (4xx, connection refused) is retried with growing waits; after
// MAX_ATTEMPTS the email is marked failed. A permanent refusal (5xx) is a bounce: recorded at
// once and never retried, so the page that lists the email can say "bounced".
export const MAX_ATTEMPTS = 6;
const BACKOFF_MINUTES = [1, 5, 15, 60, 180];
const BATCH = 20;

export type TDeliveryReport = {
  sent: number;
  retried: number;
  failed: number;
  bounced: number;
  logged: number;
};

let cachedTransport: { url: string; transport: Transporter } | undefined;
function transportFor(url: string): Transporter {
  if (cachedTransport?.url !== url)
    cachedTransport = { url, transport: nodemailer.createTransport(url) };
  return cachedTransport.transport;
}

function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends every due email in the outbox. Safe to run on many servers at once and to retry: rows
 * are claimed with SKIP LOCKED inside a transaction, and marked before the claim is released.
 * Without SMTP_URL, emails are marked "logged" and stay readable in the admin mailbox.
 */
export async function deliverMail(deps: TDeps): Promise<TDeliveryReport> {
  const report: TDeliveryReport = { sent: 0, retried: 0, failed: 0, bounced: 0, logged: 0 };
  const smtpUrl = deps.env.SMTP_URL;
  for (;;) {
    const claimed = await deps.database.db.transaction(async (tx) => {
      const now = deps.now();
      const rows = await claimDueEmails(tx, now, BATCH);
      for (const row of rows) {
        if (!smtpUrl) {
          await updateOutboxEmail(tx, row.id, { status: 'logged', sentAt: now });
          report.logged++;
          continue;
        }
        const attempts = row.attempts + 1;
        try {
          const info = await transportFor(smtpUrl).sendMail({
            from: deps.env.MAIL_FROM,
            to: row.toAddress,
            subject: row.subject,
            text: row.textBody,
            ...(row.htmlBody ? { html: row.htmlBody } : {}),
            attachments: row.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
            headers: { 'Content-Language': row.locale },
          });
          await updateOutboxEmail(tx, row.id, {
            status: 'sent',
            attempts,
            sentAt: deps.now(),
            messageId: info.messageId,
          });
          report.sent++;
        } catch (err) {
          const message = (err as Error).message.slice(0, 500);
          if (isPermanent(err)) {
            await updateOutboxEmail(tx, row.id, {
              status: 'bounced',
              attempts,
              lastError: message,
            });
            report.bounced++;
          } else if (attempts >= MAX_ATTEMPTS) {
            await updateOutboxEmail(tx, row.id, { status: 'failed', attempts, lastError: message });
            report.failed++;
          } else {
            const wait = (BACKOFF_MINUTES[attempts - 1] ?? 180) * 60_000;
            await updateOutboxEmail(tx, row.id, {
              attempts,
              lastError: message,
              nextAttemptAt: new Date(now.getTime() + wait),
            });
            report.retried++;
          }
        }
      }
      return rows.length;
    });
    if (claimed < BATCH) return report;
  }
}
