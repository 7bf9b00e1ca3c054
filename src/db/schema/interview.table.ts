import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

import { applications } from './application.table';
import { panels } from './review.table';
import { users } from './user.table';

/** A time an interview can be held for a panel; instants in UTC, shown in Beijing time and the
 * applicant's own zone. One applicant per slot. */
export const interviewSlots = pgTable(
  'interview_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Where: a room or a video link. */
    location: text('location').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('interview_slots_panel_idx').on(t.panelId, t.startsAt)],
);

/**
 * A shortlisted application's interview: the invitation (its booking link's token stored only
 * as SHA-256), the slot booked, and the interview score once recorded (0–100, hundredths).
 */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    slotId: uuid('slot_id')
      .unique()
      .references(() => interviewSlots.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true }),
    scoreCentipoints: integer('score_centipoints'),
    scoredByUserId: uuid('scored_by_user_id').references(() => users.id),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
  },
  (t) => [unique('interviews_one_per_application').on(t.panelId, t.applicationId)],
);
