import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with an email (an interview's .ics invitation), held whole in the outbox. */
export type TMailAttachment = { filename: string; contentType: string; content: string };

/**
 * Outgoing mail, written in the same transaction as its cause (transactional outbox) and
 * delivered by the mail job. status: pending → sent | failed (gave up after retries) |
 * bounced (the receiving server refused it permanently) | logged (no SMTP configured: kept
 * for the admin mailbox page).
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    toAddress: text('to_address').notNull(),
    locale: text('locale').notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    attachments: jsonb('attachments').$type<TMailAttachment[]>().notNull().default([]),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    messageId: text('message_id'),
    relatedType: text('related_type'),
    relatedId: text('related_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_emails_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_emails_related_idx').on(t.relatedType, t.relatedId),
  ],
);
