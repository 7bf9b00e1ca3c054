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

import type { TLocalized } from '@/domain/programs';
import type { TRubricCriterion } from '@/domain/review/scoring/types';

import { applications } from './application.table';
import { calls } from './call.table';
import { users } from './user.table';

/** A rubric criterion as a panel stores it: the scoring core's criterion and its labels. */
export type TPanelCriterion = TRubricCriterion & {
  label: TLocalized;
  description?: TLocalized;
};

/**
 * A review panel of one call and track, optionally one discipline (R-REV-SCORE, R-REV-ASSIGN).
 * Its rubric is copied onto the panel when it is built (PIFI's four criteria, BGS's three, or
 * the officer's own for CAS-ANSO and CSC), so editing a program's defaults never rescores a
 * panel already at work. `normalise` ranks on the normalised score (R-REV-NORM); raw is always
 * shown beside it.
 */
export const panels = pgTable(
  'panels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id),
    track: text('track').notNull(),
    /** Null: every discipline of the track. */
    discipline: text('discipline'),
    name: text('name').notNull(),
    rubric: jsonb('rubric').$type<TPanelCriterion[]>().notNull(),
    /** k of R-REV-ASSIGN: distinct reviewers each application needs. */
    requiredReviews: integer('required_reviews').notNull().default(3),
    normalise: boolean('normalise').notNull().default(false),
    /** Interviews held for shortlisted applications (R-REV-RANK, PIFI's fifth criterion). */
    hasInterviews: boolean('has_interviews').notNull().default(false),
    /** Reviews are due by this instant (reminders go to late reviewers). */
    reviewsDueAt: timestamp('reviews_due_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    /** Bumped on every edit: an officer's save is refused if someone else saved in between. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('panels_call_idx').on(t.callId, t.track)],
);

/**
 * A reviewer or chair of a panel. Invited by email: the invitation token is stored only as its
 * SHA-256, and the account (`userId`) is linked on first sign-in from the link. `institution`
 * and `email` are what conflicts are detected from (R-GEN-COI, R-REV-COI-INST).
 * `conflictsDeclaredAt`: the reviewer has gone through the list of applicants and declared
 * their conflicts (possibly none); no file opens before it.
 */
export const panelMembers = pgTable(
  'panel_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    role: text('role').$type<'reviewer' | 'chair'>().notNull().default('reviewer'),
    /** Stored lower-cased and trimmed. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    institution: text('institution').notNull(),
    disciplines: text('disciplines')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Most applications this reviewer takes (R-REV-ASSIGN). */
    capacity: integer('capacity').notNull().default(10),
    locale: text('locale').notNull().default('en'),
    invitationTokenHash: text('invitation_token_hash').unique(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    conflictsDeclaredAt: timestamp('conflicts_declared_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('panel_members_one_per_email').on(t.panelId, t.email),
    index('panel_members_user_idx').on(t.userId),
  ],
);

/** The applications a panel reviews: those that passed screening in its call and track. */
export const panelApplications = pgTable(
  'panel_applications',
  {
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** Discipline used for matching reviewers (from the application's answers). */
    discipline: text('discipline'),
    /** R-REV-SCORE: an officer closed it with fewer reviews than required (audited). */
    closedWithFewerAt: timestamp('closed_with_fewer_at', { withTimezone: true }),
    closedReason: text('closed_reason'),
    /** R-REV-FLAG: the chair's signed adjustment in hundredths of a point (0–100 scale). */
    adjustmentCentipoints: integer('adjustment_centipoints').notNull().default(0),
    adjustmentReason: text('adjustment_reason'),
    /** Shortlisted for interview (R-REV-RANK). */
    shortlistedAt: timestamp('shortlisted_at', { withTimezone: true }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('panel_applications_unique').on(t.panelId, t.applicationId),
    index('panel_applications_app_idx').on(t.applicationId),
  ],
);

/** A conflict a reviewer declared on an application of their panel (R-GEN-COI). */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => panelMembers.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('conflict_declarations_unique').on(t.memberId, t.applicationId)],
);

/**
 * One reviewer assigned one application of a panel (R-REV-ASSIGN), by the solver ('auto') or
 * by the officer's hand ('manual'). One whose review is started never moves.
 */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => panelMembers.id, { onDelete: 'cascade' }),
    source: text('source').$type<'auto' | 'manual'>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('review_assignments_unique').on(t.panelId, t.applicationId, t.memberId),
    index('review_assignments_member_idx').on(t.memberId),
    index('review_assignments_app_idx').on(t.applicationId),
  ],
);

/**
 * A reviewer's scores and comment on one assignment. Saved as a draft field by field
 * (autosave), then submitted; a submitted review is final. `scores` maps criterion id to an
 * integer on the criterion's scale.
 */
export const reviews = pgTable('reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  assignmentId: uuid('assignment_id')
    .notNull()
    .unique()
    .references(() => reviewAssignments.id, { onDelete: 'cascade' }),
  scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
  comment: text('comment').notNull().default(''),
  status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
