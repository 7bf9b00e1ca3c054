import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

import type { TApplicationStatus } from '@/domain/applications/application';
import type { TAnswers, TSectionId } from '@/domain/applications/form-definition';
import type { TProgramId } from '@/domain/programs';

import { calls } from './call.table';
import { users } from './user.table';

/**
 * One application to one call (the domain's TApplication). `answers` holds the form's sections
 * as the applicant typed them (saved field by field, so nothing is lost); status: draft →
 * submitted (→ withdrawn to edit → submitted again, R-GEN-EDIT) → incomplete | under_review →
 * decided. Columns holding domain values carry their domain type.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicantUserId: uuid('applicant_user_id')
      .notNull()
      .references(() => users.id),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id),
    programId: text('program_id').$type<TProgramId>().notNull(),
    track: text('track').notNull(),
    hostId: text('host_id'),
    status: text('status').$type<TApplicationStatus>().notNull().default('draft'),
    answers: jsonb('answers').$type<TAnswers>().notNull().default({}),
    /** R-GEN-IDENTITY, copied at submission for one-host and double-funding checks. */
    identityKey: text('identity_key'),
    receiptNumber: text('receipt_number').unique(),
    /** Printed on the PDF; staff look an application up by it. */
    verificationCode: text('verification_code').unique(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('applications_one_per_call').on(t.applicantUserId, t.callId),
    index('applications_call_status_idx').on(t.callId, t.status),
    index('applications_identity_idx').on(t.identityKey),
  ],
);

/** The application's timeline as its applicant sees it (drafted, submitted, letters in, …). */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    detail: jsonb('detail'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('application_events_app_idx').on(t.applicationId, t.at)],
);

/**
 * An uploaded file in a document slot of an application (or a referee's letter). Bytes live in
 * the storage backend (local disk or S3) under `storageKey`; the type is the one sniffed from
 * the content, never the name's.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    slot: text('slot').notNull(),
    /** 'original' or 'translation' (R-CSC-APPLY: documents neither in Chinese nor English). */
    role: text('role').$type<'original' | 'translation'>().notNull().default('original'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    pageCount: integer('page_count'),
    /**
     * What a PDF may do beyond showing pages, found at upload and shown to staff before they
     * open it: 'javascript', 'embedded_file', 'launch', 'rich_media' (never a refusal).
     */
    contentFlags: text('content_flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    thumbnailKey: text('thumbnail_key'),
    /** Dates read from the document where a rule needs them (CSC physical examination form). */
    issuedOn: text('issued_on'),
    /** The applicant says the original is in neither Chinese nor English (R-CSC-APPLY). */
    isOtherLanguage: boolean('is_other_language').notNull().default(false),
    /** A translation's original document (role 'translation'). */
    translationOfId: uuid('translation_of_id'),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    refereeId: uuid('referee_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('documents_application_idx').on(t.applicationId, t.slot)],
);

/**
 * A referee named by the applicant (R-GEN-REFEREE). The personal link's token is stored only as
 * its SHA-256; the link opens this one letter and dies when the letter is in or the deadline
 * passes. status: invited → opened → submitted | declined; bounced when the invitation bounced.
 */
export const referees = pgTable(
  'referees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title').notNull(),
    institution: text('institution').notNull(),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status').notNull().default('invited'),
    letterText: text('letter_text'),
    letterDocumentId: uuid('letter_document_id'),
    declineReason: text('decline_reason'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('referees_application_idx').on(t.applicationId)],
);

/**
 * A section save that arrived after the session had expired (no JavaScript to keep it in the
 * browser): kept for a day under a random token, and applied once its owner signs in again,
 * so nothing typed is lost.
 */
export const pendingSaves = pgTable('pending_saves', {
  tokenHash: text('token_hash').primaryKey(),
  applicationId: uuid('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' }),
  section: text('section').$type<TSectionId>().notNull(),
  fields: jsonb('fields').$type<Record<string, string>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
